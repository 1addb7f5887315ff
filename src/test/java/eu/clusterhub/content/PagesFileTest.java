package eu.clusterhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesFileTest {

    @TempDir
    Path dir;

    @Test
    void theSeedPagesAreAboutTermsAndPrivacy() {
        List<PageDefinition> pages = PagesFile.readAll(Path.of("content/pages"), "content/pages");

        assertThat(pages).extracting(PageDefinition::slug).containsExactly("about", "privacy", "terms");
        assertThat(pages).extracting(PageDefinition::title).containsExactly("About ClusterHub", "Privacy notice", "Terms of use");
    }

    @Test
    void readsTitleAndMarkdownAfterTheFrontMatter() throws IOException {
        PageDefinition page = PagesFile.read(write("help.md", "---\ntitle: Help\n---\n\n# Intro\nText.\n"), "pages/help.md");

        assertThat(page).isEqualTo(new PageDefinition("help", "Help", "# Intro\nText."));
    }

    @Test
    void problemsNameTheFileAndLine() throws IOException {
        assertFails("a.md", "No front matter\n", 1, "starts with front matter");
        assertFails("a.md", "---\ntitle: A\nno closing fence\n", 1, "not closed");
        assertFails("a.md", "---\nheading: A\n---\ntext\n", 2, "unknown key 'heading'");
        assertFails("a.md", "---\ntitle: [broken\n---\ntext\n", 2, "not valid YAML");
        assertFails("a.md", "---\ntitle: ''\n---\ntext\n", 2, "'title' is empty");
        assertFails("a.md", "---\ntitle: A\n---\n\n", 4, "no text");
        assertFails("Bad_Name.md", "---\ntitle: A\n---\ntext\n", 1, "must be a slug");
    }

    @Test
    void anAbsentFolderHasNoPages() {
        assertThat(PagesFile.readAll(dir.resolve("missing"), "pages")).isEmpty();
    }

    private void assertFails(String name, String text, int line, String problem) throws IOException {
        Path file = write(name, text);
        assertThatThrownBy(() -> PagesFile.read(file, "pages/" + name))
                .as(text)
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.line()).as(e.getMessage()).isEqualTo(line))
                .hasMessageStartingWith("pages/" + name + ":" + line + ": ")
                .hasMessageContaining(problem);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
