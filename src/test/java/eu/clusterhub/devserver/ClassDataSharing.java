package eu.clusterhub.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Class-data sharing for the Payara Micro JVM of {@code mvn -Prun}: most of its start-up is
 * loading and verifying some 30,000 classes, which an archive of them, mapped at start,
 * saves. The first run records the archive when Payara Micro stops; later runs use it.
 * <p>
 * The archive is named after what it was made from (the JDK, the Payara Micro jar, the
 * WAR's libraries), so a change there leads to a new one. A changed class of the portal
 * itself needs none: the JVM uses an archived class only if its bytes are unchanged.
 * Whatever happens to the archive, the server starts: the JVM ignores an archive it cannot
 * use ({@code -Xshare:auto}), and one is kept only if its server stopped cleanly.
 */
final class ClassDataSharing {

    private static final String SUFFIX = ".jsa";
    private static final String PART = ".part";
    /**
     * Exit codes of a JVM that ran its shutdown, and so wrote the archive: stopped normally,
     * by Ctrl-C in the terminal (SIGINT reaches Payara Micro too) or by DevServer (SIGTERM).
     */
    private static final List<Integer> CLEAN_EXITS = List.of(0, 130, 143);

    private final Path directory;
    private final Path archive;
    private final Path recording;

    private ClassDataSharing(Path directory, String key) {
        this.directory = directory;
        this.archive = directory.resolve("payara-" + key + SUFFIX);
        this.recording = directory.resolve("payara-" + key + SUFFIX + PART);
    }

    /** The archive for this JDK, Payara Micro jar and WAR, kept in {@code directory}. */
    static ClassDataSharing of(Path directory, Path payaraJar, Path war) {
        return new ClassDataSharing(directory, key(payaraJar, war));
    }

    /** True when a recorded archive is there to use. */
    boolean ready() {
        return Files.isRegularFile(archive);
    }

    /** The JVM options: use the archive, or record it at exit. */
    List<String> jvmOptions() throws IOException {
        // the JVM's notes on classes it cannot archive are many and change nothing
        String quiet = "-Xlog:cds*=off";
        if (ready()) {
            return List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive, quiet);
        }
        Files.createDirectories(directory);
        Files.deleteIfExists(recording);
        return List.of("-XX:ArchiveClassesAtExit=" + recording, quiet);
    }

    /**
     * After the server ended: keeps an archive it recorded if it stopped cleanly (a killed
     * JVM may leave half a file), and removes archives of other builds.
     */
    void serverEnded(int exitCode) {
        try {
            if (Files.isRegularFile(recording)) {
                if (CLEAN_EXITS.contains(exitCode) && Files.size(recording) > 0) {
                    Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.delete(recording);
                }
            }
            removeOthers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeOthers() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && !f.equals(archive)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** What the archive depends on: the JDK, the Payara Micro jar, the names and sizes of the WAR's libraries. */
    static String key(Path payaraJar, Path war) {
        StringBuilder source = new StringBuilder()
                .append(System.getProperty("java.home")).append('\n')
                .append(Runtime.version()).append('\n')
                .append(describe(payaraJar)).append('\n');
        for (String library : libraries(war)) {
            source.append(library).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Path file) {
        try {
            return file.toAbsolutePath() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.toAbsolutePath() + " missing";
        }
    }

    /** The WAR's WEB-INF/lib entries with their sizes, from a packed WAR or an exploded one. */
    static List<String> libraries(Path war) {
        try {
            if (Files.isDirectory(war)) {
                Path lib = war.resolve("WEB-INF").resolve("lib");
                if (!Files.isDirectory(lib)) {
                    return List.of();
                }
                try (Stream<Path> jars = Files.list(lib)) {
                    return jars.map(jar -> jar.getFileName() + " " + size(jar)).sorted().toList();
                }
            }
            try (ZipFile zip = new ZipFile(war.toFile())) {
                return zip.stream()
                        .filter(e -> e.getName().startsWith("WEB-INF/lib/") && !e.isDirectory())
                        .map(e -> e.getName().substring("WEB-INF/lib/".length()) + " " + e.getSize())
                        .sorted().toList();
            }
        } catch (IOException e) {
            return List.of("unreadable " + war);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return archive.toString();
    }
}
