package eu.clusterhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.announcement.AnnouncementStatus;
import eu.clusterhub.announcement.SeedAnnouncement;
import eu.clusterhub.announcement.SeedTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnouncementsFileTest {

    private static final Set<String> TOPICS = Set.of("medical-equipment", "state-aid");
    private static final String VALID = """
            ---
            title: "Guidance: state aid"
            summary: Member States may support companies.
            source: member-state
            issuing_body: Ministry of Economy
            country: DE
            topics: [state-aid]
            links:
              - url: https://www.bmwk.de/
                label: Ministry
            effective: 2020-03-19
            expires: 2020-12-31
            status: archived
            pinned: true
            verified_by: Editorial team
            verified_at: 2026-11-25
            language: de
            ---
            Body **text**.
            """;

    @TempDir
    Path dir;

    @Test
    void theSeedAnnouncementsAreValidAndUseOnlyListedTopics() {
        Set<String> topics = TopicsFile.read(Path.of("content/topics.yml"), "content/topics.yml").stream()
                .map(SeedTopic::slug).collect(Collectors.toSet());
        List<SeedAnnouncement> seeds = AnnouncementsFile.readAll(Path.of("content/announcements"), "content/announcements", topics);

        assertThat(seeds).extracting(SeedAnnouncement::slug).contains("commission-calls-industry-medical-equipment",
                "covid-19-industrial-clusters-response-portal", "cecimo-calls-machine-tool-industry");
        assertThat(seeds).allSatisfy(s -> assertThat(s.input().links()).isNotEmpty());
    }

    @Test
    void readsEveryFieldOfTheFrontMatter() throws IOException {
        SeedAnnouncement seed = AnnouncementsFile.read(write("aid.md", VALID), "announcements/aid.md", TOPICS);

        assertThat(seed.slug()).isEqualTo("aid");
        assertThat(seed.input().title()).isEqualTo("Guidance: state aid");
        assertThat(seed.input().country()).isEqualTo("DE");
        assertThat(seed.input().topics()).containsExactly("state-aid");
        assertThat(seed.input().links().get(0).label()).isEqualTo("Ministry");
        assertThat(seed.input().body()).isEqualTo("Body **text**.");
        assertThat(seed.status()).isEqualTo(AnnouncementStatus.ARCHIVED);
        assertThat(seed.pinned()).isTrue();
        assertThat(seed.verifiedBy()).isEqualTo("Editorial team");
        assertThat(seed.verifiedAt()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(seed.sourceHash()).hasSize(64);
    }

    @Test
    void aChangedFileHasAnotherHash() throws IOException {
        String before = AnnouncementsFile.read(write("a.md", VALID), "a.md", TOPICS).sourceHash();
        String after = AnnouncementsFile.read(write("a.md", VALID.replace("Body", "New body")), "a.md", TOPICS).sourceHash();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void problemsNameTheFileAndTheLineOfTheKey() throws IOException {
        assertFails(VALID.replace("country: DE\n", ""), 2, "'country': Choose the country of the Member State");
        assertFails(VALID.replace("https://www.bmwk.de/", "javascript:alert(1)"), 9, "'links': Enter a complete http");
        assertFails(VALID.replace("topics: [state-aid]", "topics: [masks]"), 7, "Unknown topic 'masks'");
        assertFails(VALID.replace("title: \"Guidance: state aid\"\n", ""), 2, "'title': Enter a title");
        assertFails(VALID.replace("effective: 2020-03-19", "effective: 19.03.2020"), 11, "'effective': Enter a date");
        assertFails(VALID.replace("status: archived", "status: hidden"), 13, "'status' must be draft, published or archived");
        assertFails(VALID.replace("pinned: true", "pinned: yes please"), 14, "'pinned' must be true or false");
        assertFails(VALID.replace("verified_by: Editorial team\n", ""), 2, "has no 'verified_by'");
        assertFails(VALID.replace("verified_at: 2026-11-25", "verified_at: soon"), 16, "'verified_at' must be a date");
        assertFails(VALID.replace("language: de", "colour: red"), 17, "unknown key 'colour'");
        assertFails(VALID.replace("Body **text**.", "x".repeat(50_001)), 2, "the text after the front matter");
    }

    private void assertFails(String text, int line, String problem) throws IOException {
        Path file = write("bad.md", text);
        assertThatThrownBy(() -> AnnouncementsFile.read(file, "announcements/bad.md", TOPICS))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.line()).as(e.getMessage()).isEqualTo(line))
                .hasMessageStartingWith("announcements/bad.md:" + line + ": ")
                .hasMessageContaining(problem);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
