package eu.clusterhub.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.ArquillianOneClassAtATime;
import eu.clusterhub.testsupport.Boards;
import eu.clusterhub.testsupport.Deployments;
import eu.clusterhub.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Start-up imports of the seed content, each a real start of the WAR on Payara Micro:
 * the bundled content, the same again (nothing changes), edited files (only their rows
 * change; an announcement gets an "imported" revision) and a broken file (rejected whole,
 * recorded with file and line; a category tree that goes round in a circle likewise).
 * Own servers, not the shared one: each test is a start-up with its own content directory.
 * They run on the "own-startup" container against {@link TestDatabase#OWN_STARTUP}, so what
 * they import never reaches the shared portal, whatever ran before. Its start-ups run
 * beside the rest of the suite (CONCURRENT), its tests one after another, in order.
 */
@ExtendWith(ArquillianOneClassAtATime.class)
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentImportIT {

    private static final String OWN_STARTUP = "own-startup";
    private static final Path WORK = Path.of(System.getProperty("clusterhub.buildDir", "target"), "content-import-it");
    private static final Path EDITED = WORK.resolve("edited");
    private static final Path BROKEN = WORK.resolve("broken");
    private static final Path BROKEN_TREE = WORK.resolve("broken-tree");

    private static final String EDITED_ANNOUNCEMENT = "covid-19-industrial-clusters-response-portal";

    private static List<Boards.Row> afterFirstImport;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "bundled", managed = false, testable = false)
    @TargetsContainer(OWN_STARTUP)
    static WebArchive bundled() {
        return Deployments.war();
    }

    /** Seed items: boards, pages, topics, announcements, product categories and certifications of content/. */
    private static int seedItems() throws IOException {
        try (var announcements = Files.list(Path.of("content/announcements"))) {
            return Boards.SEED_SLUGS.size() + 3 + TopicsFile.read(Path.of("content/topics.yml"), "topics.yml").size()
                    + (int) announcements.filter(f -> f.toString().endsWith(".md")).count()
                    + ProductsFile.read(Path.of("content/products.yml"), "products.yml").size()
                    + CertificationsFile.read(Path.of("content/certifications.yml"), "certifications.yml").size();
        }
    }

    @Deployment(name = "edited", managed = false, testable = false)
    @TargetsContainer(OWN_STARTUP)
    static WebArchive edited() throws IOException {
        String seed = Files.readString(Path.of("content/boards.yml"));
        String edited = seed.replace("EU, national and regional funding calls", "EU and national funding calls");
        assertThat(edited).isNotEqualTo(seed);
        write(EDITED.resolve("boards.yml"), edited);
        for (String list : List.of("topics.yml", "products.yml", "certifications.yml")) {
            write(EDITED.resolve(list), Files.readString(Path.of("content").resolve(list)));
        }
        for (String page : List.of("about.md", "terms.md", "privacy.md")) {
            write(EDITED.resolve("pages").resolve(page), Files.readString(Path.of("content/pages").resolve(page)));
        }
        try (var files = Files.list(Path.of("content/announcements"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (file.getFileName().toString().equals(EDITED_ANNOUNCEMENT + ".md")) {
                    text = text.replaceFirst("\nsummary: [^\n]*", "\nsummary: An edited summary from the content files.");
                }
                write(EDITED.resolve("announcements").resolve(file.getFileName().toString()), text);
            }
        }
        return Deployments.warWithConfig("edited", Map.of("clusterhub.content.dir", EDITED.toAbsolutePath().toString()));
    }

    @Deployment(name = "broken", managed = false, testable = false)
    @TargetsContainer(OWN_STARTUP)
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

    @Deployment(name = "broken-tree", managed = false, testable = false)
    @TargetsContainer(OWN_STARTUP)
    static WebArchive brokenTree() throws IOException {
        write(BROKEN_TREE.resolve("boards.yml"), Files.readString(Path.of("content/boards.yml")));
        // a valid new category first, then two that are each other's parent (line 10): none of it may land
        write(BROKEN_TREE.resolve("products.yml"), """
                products:
                  - slug: brand-new-category
                    name: Must never be written
                    unit: pieces
                    order: 1
                  - slug: left
                    name: Left
                    unit: pieces
                    order: 2
                    parent: right
                  - slug: right
                    name: Right
                    unit: pieces
                    order: 3
                    parent: left
                """);
        return Deployments.warWithConfig("broken-tree", Map.of(
                "clusterhub.content.dir", BROKEN_TREE.toAbsolutePath().toString(),
                "clusterhub.startup.halt-on-failure", "false"));
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(1)
    void theBundledContentImportsTheEightBoards() throws Exception {
        deployer.deploy("bundled");
        try {
            afterFirstImport = Boards.all(TestDatabase.OWN_STARTUP);
            assertThat(afterFirstImport).extracting(Boards.Row::slug).containsExactlyElementsOf(Boards.SEED_SLUGS);
            Boards.ImportRunRow run = Boards.latestImport(TestDatabase.OWN_STARTUP);
            assertThat(run.status()).isEqualTo("OK");
            assertThat(List.of(run.created(), run.updated(), run.unchanged())).as("boards, pages, topics, announcements, categories, certifications")
                    .containsExactly(seedItems(), 0, 0);
            assertThat(announcementSummary(EDITED_ANNOUNCEMENT)).isNotBlank();
            assertThat(revisions(EDITED_ANNOUNCEMENT)).containsExactly("IMPORTED");
        } finally {
            deployer.undeploy("bundled");
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(2)
    void aSecondImportOfTheSameContentChangesNothing() throws Exception {
        deployer.deploy("bundled");
        try {
            Boards.ImportRunRow run = Boards.latestImport(TestDatabase.OWN_STARTUP);
            assertThat(run.status()).isEqualTo("OK");
            assertThat(List.of(run.created(), run.updated(), run.unchanged())).containsExactly(0, 0, seedItems());
            assertThat(revisions(EDITED_ANNOUNCEMENT)).as("no revision for an unchanged file").containsExactly("IMPORTED");
            assertThat(Boards.all(TestDatabase.OWN_STARTUP)).containsExactlyElementsOf(afterFirstImport);
        } finally {
            deployer.undeploy("bundled");
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(3)
    void anEditedEntryUpdatesOnlyItsBoardAndAnEditedFileOnlyItsAnnouncement() throws Exception {
        deployer.deploy("edited");
        try {
            Boards.ImportRunRow run = Boards.latestImport(TestDatabase.OWN_STARTUP);
            assertThat(List.of(run.created(), run.updated(), run.unchanged())).containsExactly(0, 2, seedItems() - 2);
            assertThat(announcementSummary(EDITED_ANNOUNCEMENT)).isEqualTo("An edited summary from the content files.");
            assertThat(revisions(EDITED_ANNOUNCEMENT)).containsExactly("IMPORTED", "IMPORTED");
            List<Boards.Row> now = Boards.all(TestDatabase.OWN_STARTUP);
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
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(4)
    void aBrokenFileIsRejectedWholeAndTheFailureNamesFileAndLine() throws Exception {
        List<Boards.Row> before = Boards.all(TestDatabase.OWN_STARTUP);
        try {
            deployer.deploy("broken");
        } catch (RuntimeException expectedWhenTheAppIsMissing) {
            // Payara Micro may report the failed application as a failed deployment.
        }
        try {
            Boards.ImportRunRow run = Boards.latestImport(TestDatabase.OWN_STARTUP);
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.message()).contains("broken/boards.yml:6:").contains("no 'name'");
            assertThat(Boards.all(TestDatabase.OWN_STARTUP)).containsExactlyElementsOf(before);
            assertThat(Boards.all(TestDatabase.OWN_STARTUP)).extracting(Boards.Row::slug).doesNotContain("brand-new-board", "nameless");
        } finally {
            deployer.undeploy("broken");
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @Order(5)
    void aCategoryTreeThatGoesRoundInACircleIsRejectedWhole() throws Exception {
        try {
            deployer.deploy("broken-tree");
        } catch (RuntimeException expectedWhenTheAppIsMissing) {
            // as above
        }
        try {
            Boards.ImportRunRow run = Boards.latestImport(TestDatabase.OWN_STARTUP);
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.message()).contains("broken-tree/products.yml:10:").contains("go round in a circle");
            assertThat(categorySlugs()).contains("ventilator-valves").doesNotContain("brand-new-category", "left", "right");
        } finally {
            deployer.undeploy("broken-tree");
        }
    }

    private static List<String> categorySlugs() throws SQLException {
        try (Connection db = TestDatabase.OWN_STARTUP.open();
             PreparedStatement sql = db.prepareStatement("SELECT slug FROM product_category");
             ResultSet row = sql.executeQuery()) {
            List<String> slugs = new java.util.ArrayList<>();
            while (row.next()) {
                slugs.add(row.getString(1));
            }
            return slugs;
        }
    }

    private static String announcementSummary(String slug) throws SQLException {
        try (Connection db = TestDatabase.OWN_STARTUP.open();
             PreparedStatement sql = db.prepareStatement("SELECT summary FROM announcement WHERE slug = ?")) {
            sql.setString(1, slug);
            try (ResultSet row = sql.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static List<String> revisions(String slug) throws SQLException {
        try (Connection db = TestDatabase.OWN_STARTUP.open(); PreparedStatement sql = db.prepareStatement(
                "SELECT r.action FROM announcement_revision r JOIN announcement a ON a.id = r.announcement_id"
                        + " WHERE a.slug = ? ORDER BY r.number")) {
            sql.setString(1, slug);
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet row = sql.executeQuery()) {
                while (row.next()) {
                    actions.add(row.getString(1));
                }
            }
            return actions;
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
