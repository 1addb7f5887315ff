package eu.clusterhub.notification;

import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.StartupSequence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One-click unsubscribe (RFC 8058), without signing in: a signed token names the member and
 * what to stop; using it sets that to "never". A token that was changed, or is too old, is
 * refused and nothing changes. Using a token twice changes nothing more.
 */
@ApplicationScoped
public class Unsubscribe {

    static final String INVALID = "This unsubscribe link is not valid: it was changed or is more than a year old."
            + " Sign in and choose what you receive at /notification-settings.";

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private NotificationSettingsStore settings;

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    /** The token's meaning, if it is valid (for the page that asks before changing anything). */
    public UnsubscribeToken check(String token) {
        UnsubscribeToken valid = tokens.verify(token).orElseThrow(() -> new Forbidden("Invalid unsubscribe link", INVALID));
        if (!exists(valid.accountId())) {
            throw new NotFound("This account no longer exists: it receives no mail.");
        }
        return valid;
    }

    /** Sets what the token names to never; returns it. */
    @Transactional
    public UnsubscribeToken apply(String token) {
        UnsubscribeToken valid = check(token);
        settings.save(valid.accountId(), valid.applyTo(settings.of(valid.accountId())));
        return valid;
    }

    private boolean exists(long accountId) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement q = db.prepareStatement("SELECT 1 FROM account WHERE id = ? AND status <> 'DELETED'")) {
            q.setLong(1, accountId);
            try (ResultSet row = q.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
