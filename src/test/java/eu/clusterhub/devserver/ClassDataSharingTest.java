package eu.clusterhub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    private Path war() throws IOException {
        Path war = dir.resolve("war");
        Files.createDirectories(war.resolve("WEB-INF/lib"));
        Files.writeString(war.resolve("WEB-INF/lib/a.jar"), "a");
        return war;
    }

    @Test
    void theFirstRunRecordsAndLaterRunsUseTheArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("payara.jar"), "jar");
        ClassDataSharing first = ClassDataSharing.of(dir.resolve("cds"), jar, war());
        assertThat(first.ready()).isFalse();
        assertThat(first.jvmOptions()).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        recordedBy(first);
        first.serverEnded(143);

        ClassDataSharing second = ClassDataSharing.of(dir.resolve("cds"), jar, war());
        assertThat(second.ready()).isTrue();
        assertThat(second.jvmOptions()).contains("-Xshare:auto", "-XX:SharedArchiveFile=" + second);
    }

    @Test
    void aServerThatDidNotStopCleanlyLeavesNoArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("payara.jar"), "jar");
        ClassDataSharing cds = ClassDataSharing.of(dir.resolve("cds"), jar, war());
        cds.jvmOptions();
        recordedBy(cds);
        cds.serverEnded(137); // SIGKILL: the file may be half written
        assertThat(cds.ready()).isFalse();
        try (var files = Files.list(dir.resolve("cds"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anotherLibraryMeansAnotherArchiveAndTheOldOneGoes() throws IOException {
        Path jar = Files.writeString(dir.resolve("payara.jar"), "jar");
        Path war = war();
        ClassDataSharing before = ClassDataSharing.of(dir.resolve("cds"), jar, war);
        before.jvmOptions();
        recordedBy(before);
        before.serverEnded(0);

        Files.writeString(war.resolve("WEB-INF/lib/b.jar"), "b");
        ClassDataSharing after = ClassDataSharing.of(dir.resolve("cds"), jar, war);
        assertThat(after.ready()).isFalse();
        after.jvmOptions();
        after.serverEnded(0); // this run recorded nothing (e.g. the JVM could not): nothing stale stays either
        try (var files = Files.list(dir.resolve("cds"))) {
            assertThat(files).isEmpty();
        }
    }

    /** What the JVM does at exit with -XX:ArchiveClassesAtExit. */
    private static void recordedBy(ClassDataSharing cds) throws IOException {
        Files.writeString(Path.of(cds + ".part"), "archive");
    }
}
