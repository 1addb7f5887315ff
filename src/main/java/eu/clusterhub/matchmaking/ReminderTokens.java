package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Hashes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** The random tokens of "still valid" links: 256 bits, URL-safe; the database keeps only their SHA-256. */
final class ReminderTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** What {@link #generate()} makes: 43 characters of URL-safe Base64. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private ReminderTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all (anything else is not worth a database look-up). */
    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        return Hashes.sha256(token);
    }
}
