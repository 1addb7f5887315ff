package eu.clusterhub.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Boards;
import eu.clusterhub.testsupport.Deployments;
import eu.clusterhub.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Start-up imports of the seed content, each a real start of the WAR on Payara Micro:
 * the bundled content, the same again (nothing changes), an edited file (its row changes)
 * and a broken file (rejected whole, recorded with file and line).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentImportIT {

    private static final Path WORK = Path.of(System.getProperty("clusterhub.buildDir", "target"), "content-import-it");
    private static final Path EDITED = WORK.resolve("edited");
    private static final Path BROKEN = WORK.resolve("broken");

    private static List<Boards.Row> afterFirstImport;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "bundled", managed = false, testable = false)
    static WebArchive bundled() {
        return Deployments.war();
    }

    @Deployment(name = "edited", managed = false, testable = false)
    static WebArchive edited() throws IOException {
        String seed = Files.readString(Path.of("content/boards.yml"));
        String edited = seed.replace("EU, national and regional funding calls", "EU and national funding calls");
        assertThat(edited).isNotEqualTo(seed);
        write(EDITED.resolve("boards.yml"), edited);
        for (String page : List.of("about.md", "terms.md", "privacy.md")) {
            write(EDITED.resolve("pages").resolve(page), Files.readString(Path.of("content/pages").resolve(page)));
        }
        return Deployments.warWithConfig("edited", Map.of("clusterhub.content.dir", EDITED.toAbsolutePath().toString()));
    }

    @Deployment(name = "broken", managed = false, testable = false)
    static WebArchive broken() throws IOException {
        // A valid new board first, then an entry without a name (line 6): none of it may land.
        write(BROKEN.resolve("boards.yml"), """
                boards:
                  - slug: brand-new-board
                    name: Brand new board
                    description: Must never be written, since the file is broken further down.
                    order: 5
                  - slug: funding
                    description: A board without a name.
                    order: 60
                  - slug: nameless
                    description: Also without a name.
                    order: 61
                """);
        return Deployments.warWithConfig("broken", Map.of(
                "clusterhub.content.dir", BROKEN.toAbsolutePath().toString(),
                // keep the server up so the test sees the recorded failure instead of a vanished process
                "clusterhub.startup.halt-on-failure", "false"));
    }

    @Test
    @Order(1)
    void theBundledContentImportsTheEightBoards() throws Exception {
        deployer.deploy("bundled");
        try {
            afterFirstImport = Boards.all();
            assertThat(afterFirstImport).extracting(Boards.Row::slug).containsExactlyElementsOf(Boards.SEED_SLUGS);
            Boards.ImportRunRow run = Boards.latestImport();
            assertThat(run.status()).isEqualTo("OK");
            assertThat(run.created() + run.updated() + run.unchanged()).as("8 boards and 3 pages").isEqualTo(11);
        } finally {
            deployer.undeploy("bundled");
        }
    }

    @Test
    @Order(2)
    void aSecondImportOfTheSameContentChangesNothing() throws Exception {
        deployer.deploy("bundled");
        try {
            Boards.ImportRunRow run = Boards.latestImport();
            assertThat(run.status()).isEqualTo("OK");
            assertThat(List.of(run.created(), run.updated(), run.unchanged())).containsExactly(0, 0, 11);
            assertThat(Boards.all()).containsExactlyElementsOf(afterFirstImport);
        } finally {
            deployer.undeploy("bundled");
        }
    }

    @Test
    @Order(3)
    void anEditedEntryUpdatesOnlyItsBoard() throws Exception {
        deployer.deploy("edited");
        try {
            Boards.ImportRunRow run = Boards.latestImport();
            assertThat(List.of(run.created(), run.updated(), run.unchanged())).containsExactly(0, 1, 10);
            List<Boards.Row> now = Boards.all();
            Boards.Row funding = now.stream().filter(b -> b.slug().equals("funding")).findFirst().orElseThrow();
            assertThat(funding.description()).startsWith("EU and national funding calls");
            assertThat(funding.version()).isGreaterThan(before("funding").version());
            assertThat(now).filteredOn(b -> !b.slug().equals("funding"))
                    .containsExactlyElementsOf(afterFirstImport.stream().filter(b -> !b.slug().equals("funding")).toList());
        } finally {
            deployer.undeploy("edited");
        }
    }

    @Test
    @Order(4)
    void aBrokenFileIsRejectedWholeAndTheFailureNamesFileAndLine() throws Exception {
        List<Boards.Row> before = Boards.all();
        try {
            deployer.deploy("broken");
        } catch (RuntimeException expectedWhenTheAppIsMissing) {
            // Payara Micro may report the failed application as a failed deployment.
        }
        try {
            Boards.ImportRunRow run = Boards.latestImport();
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.message()).contains("broken/boards.yml:6:").contains("no 'name'");
            assertThat(Boards.all()).containsExactlyElementsOf(before);
            assertThat(Boards.all()).extracting(Boards.Row::slug).doesNotContain("brand-new-board", "nameless");
        } finally {
            deployer.undeploy("broken");
        }
    }

    private static Boards.Row before(String slug) {
        return afterFirstImport.stream().filter(b -> b.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
