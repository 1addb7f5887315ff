package eu.clusterhub.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query after a lost connection, waiting 5 s between attempts, so a
 * request to a portal whose database went away took 10 s to fail. One immediate retry still
 * replaces a pooled connection that died (a database restart); a database that is gone
 * fails at once and the caller gets 503 (see {@link DatabaseUnavailable}).
 */
public class FailFastOnLostDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
