package eu.clusterhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.announcement.SeedTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsFileTest {

    @TempDir
    Path dir;

    @Test
    void theManagedListCoversTheMeasuresTheHubReportsOn() {
        assertThat(TopicsFile.read(Path.of("content/topics.yml"), "content/topics.yml")).extracting(SeedTopic::slug)
                .contains("medical-equipment", "standards-certification", "export-rules", "state-aid", "public-procurement",
                        "borders-transport", "funding");
    }

    @Test
    void anAbsentFileMeansNoTopics() {
        assertThat(TopicsFile.readIfPresent(dir.resolve("topics.yml"), "topics.yml")).isEmpty();
    }

    @Test
    void problemsNameTheLine() throws IOException {
        assertFails("topics:\n  - slug: a\n    name: A\n    order: 1\n  - slug: a\n    name: B\n    order: 2\n", 5, "already used by the topic on line 2");
        assertFails("topics:\n  - slug: Bad Slug\n    name: A\n    order: 1\n", 2, "may only hold lower-case letters");
        assertFails("topics:\n  - slug: a\n    order: 1\n", 2, "the topic has no 'name'");
        assertFails("topics:\n  - slug: a\n    name: A\n    order: first\n", 4, "'order' must be a whole number");
        assertFails("topics: []\n", 1, "'topics' is empty");
    }

    private void assertFails(String text, int line, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("topics.yml"), text);
        assertThatThrownBy(() -> TopicsFile.read(file, "topics.yml"))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.line()).as(e.getMessage()).isEqualTo(line))
                .hasMessageContaining(problem);
    }
}
