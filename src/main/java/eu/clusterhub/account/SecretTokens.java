package eu.clusterhub.account;

import eu.clusterhub.platform.Hashes;
import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens for links and API access; the database keeps only their SHA-256. */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** 256 random bits, URL-safe. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashes.sha256(token);
    }
}
