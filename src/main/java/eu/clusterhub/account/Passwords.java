package eu.clusterhub.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA256, 32-byte salt) at
 * CLUSTERHUB_PASSWORD_ITERATIONS iterations (600,000 by default, OWASP's advice for
 * SHA-256). The hash string carries its parameters ({@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>}),
 * so older hashes stay verifiable and are re-hashed at the next successful sign-in.
 */
@ApplicationScoped
public class Passwords {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "clusterhub.password.iterations", defaultValue = "600000")
    private int iterations;

    /** Verified against when the email is unknown, so both cases take equally long. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(SecretTokens.generate().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        if (storedHash == null) {
            hash.verify(password.toCharArray(), decoy);
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Whether a stored hash is weaker than what is configured now (another algorithm or fewer iterations). */
    public boolean needsRehash(String storedHash) {
        return needsRehash(storedHash, iterations);
    }

    static boolean needsRehash(String storedHash, int wantedIterations) {
        if (storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < wantedIterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
