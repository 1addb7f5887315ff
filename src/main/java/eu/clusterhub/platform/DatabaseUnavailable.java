package eu.clusterhub.platform;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells a failure because the database does not answer (refused or lost connection, no
 * connection from the pool) from other failures. That is no bug of ours and passes by
 * itself: callers get 503 with Retry-After instead of a 500 (the API as a problem, pages
 * as the "temporarily unavailable" page), and readiness is DOWN meanwhile.
 */
public final class DatabaseUnavailable {

    /** How long a caller should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
            // the container's pool when it cannot open a connection (jakarta.resource.ResourceException)
            if (cause.getClass().getName().startsWith("jakarta.resource.")
                    || String.valueOf(cause.getMessage()).contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }
}
