package eu.clusterhub.notification;

import eu.clusterhub.platform.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and checks unsubscribe tokens with the secret {@code clusterhub.notifications.secret}
 * (CLUSTERHUB_NOTIFICATIONS_SECRET, at least 32 characters; every node of a cluster needs the
 * same). Without one, a random secret is generated once and kept in the file
 * {@code clusterhub.notifications.secret-file} (data/notification-secret, readable by its
 * owner only), so that {@code mvn -Prun} and a single node work out of the box and links
 * stay valid across restarts. The secret is never logged.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(UnsubscribeTokens.class.getName());

    @Inject
    @ConfigProperty(name = "clusterhub.notifications.secret")
    private Optional<String> configured;

    @Inject
    @ConfigProperty(name = "clusterhub.notifications.secret-file", defaultValue = "data/notification-secret")
    private String secretFile;

    private volatile byte[] secret;

    public String issue(long accountId, String scope) {
        return new UnsubscribeToken(accountId, scope, LocalDate.now(ZoneOffset.UTC)).sign(secret());
    }

    public Optional<UnsubscribeToken> verify(String token) {
        return UnsubscribeToken.verify(token, secret(), LocalDate.now(ZoneOffset.UTC));
    }

    private byte[] secret() {
        if (secret == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = configured.map(UnsubscribeTokens::checked).orElseGet(() -> fromFile(Path.of(secretFile)));
                }
            }
        }
        return secret;
    }

    static byte[] checked(String value) {
        if (value.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("clusterhub.notifications.secret must be at least " + MIN_SECRET_LENGTH
                    + " characters (random; the same on every node)");
        }
        return value.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** The secret kept in the file, created with a random one if missing. */
    static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String text = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                // written whole to a file of its own, then moved in place: no one ever reads half a secret
                Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), ".notification-secret", ".tmp");
                try {
                    try {
                        Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // Windows: the directory's permissions apply
                    }
                    Files.writeString(draft, text, StandardCharsets.US_ASCII);
                    Files.createLink(file, draft); // fails if the file exists, unlike a rename
                    EventLog.warning(LOG, "notifications.secret-generated", "file=\"" + file.toAbsolutePath()
                            + "\" (set CLUSTERHUB_NOTIFICATIONS_SECRET on every node of a cluster instead)");
                } catch (FileAlreadyExistsException other) {
                    // another thread or node created it first: use theirs
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            return checked(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the notification secret in " + file.toAbsolutePath(), e);
        }
    }
}
