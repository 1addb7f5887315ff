package eu.clusterhub.platform;

import java.sql.SQLException;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source with the two things the portal's pool needs that configuration
 * alone cannot say:
 * <ul>
 * <li>An empty password. MicroProfile Config reads an empty value as "not set", so
 * {@code CLUSTERHUB_DB_PASSWORD=} (the usual root account in development and CI) would fall
 * back to the default password and be refused. An environment variable that is set but
 * empty therefore means the empty password, unless a system property gives one.</li>
 * <li>A short time to connect: when the database is gone, a request fails in seconds (and
 * is answered 503, see {@link DatabaseUnavailable}) instead of waiting half a minute.</li>
 * </ul>
 */
public class PortalDataSource extends MariaDbDataSource {

    static final String PASSWORD_VARIABLE = "CLUSTERHUB_DB_PASSWORD";
    static final String PASSWORD_PROPERTY = "clusterhub.db.password";
    static final int CONNECT_TIMEOUT_SECONDS = 3;

    public PortalDataSource() {
        try {
            setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void setPassword(String configured) throws SQLException {
        super.setPassword(password(configured, System.getenv(PASSWORD_VARIABLE), System.getProperty(PASSWORD_PROPERTY)));
    }

    /** The password to use, given the configured value and what the environment and system properties hold. */
    static String password(String configured, String environment, String systemProperty) {
        boolean emptyInEnvironment = environment != null && environment.isEmpty();
        boolean givenAsProperty = systemProperty != null && !systemProperty.isEmpty();
        return emptyInEnvironment && !givenAsProperty ? "" : configured;
    }
}
