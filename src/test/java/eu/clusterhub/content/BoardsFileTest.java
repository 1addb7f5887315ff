package eu.clusterhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardsFileTest {

    @TempDir
    Path dir;

    @Test
    void theSeedFileHoldsTheEightBoardsOfTheOriginalPortal() {
        List<BoardDefinition> boards = BoardsFile.read(Path.of("content/boards.yml"), "content/boards.yml");

        assertThat(boards).extracting(BoardDefinition::slug).containsExactly("i-need-help", "i-can-help",
                "technological-solutions", "best-practices", "economic-effects", "funding", "social-aspects",
                "supporting-policies");
        assertThat(boards).extracting(BoardDefinition::name).containsExactly("I need help", "I can help",
                "Technological solutions & tips", "Best practices", "Economic effects", "Funding", "Social aspects",
                "Supporting policies");
        assertThat(boards).extracting(BoardDefinition::order).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void readsFieldsAndTheLineOfEachEntry() throws IOException {
        List<BoardDefinition> boards = read("""
                # comment
                boards:
                  - slug: masks
                    name: "Masks <b>& gowns</b>"
                    description: '  Who makes what.  '
                    order: 7
                """);

        assertThat(boards).containsExactly(new BoardDefinition("masks", "Masks <b>& gowns</b>", "Who makes what.", 7, 3));
    }

    @Test
    void theSourceHashIsStableAndChangesWithEveryField() {
        BoardDefinition board = new BoardDefinition("a", "A", "Desc", 1, 3);

        assertThat(board.sourceHash()).isEqualTo(new BoardDefinition("a", "A", "Desc", 1, 99).sourceHash()).hasSize(64);
        assertThat(List.of(new BoardDefinition("b", "A", "Desc", 1, 3), new BoardDefinition("a", "B", "Desc", 1, 3),
                new BoardDefinition("a", "A", "Other", 1, 3), new BoardDefinition("a", "A", "Desc", 2, 3)))
                .extracting(BoardDefinition::sourceHash)
                .doesNotContain(board.sourceHash())
                .doesNotHaveDuplicates();
    }

    @Test
    void invalidYamlNamesTheLine() {
        assertFails("""
                boards:
                  - slug: a
                    name: [unclosed
                """, 4, "not valid YAML");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertFails("", 1, "the file is empty");
    }

    @Test
    void theBoardsListMustBeThereAndNotEmpty() {
        assertFails("things: []\n", 1, "unknown key 'things'");
        assertFails("boards: []\n", 1, "'boards' is empty");
        assertFails("boards: funding\n", 1, "'boards' must be a list");
        assertFails("- a\n- b\n", 1, "the file must be a mapping");
    }

    @Test
    void eachEntryMustBeAMapping() {
        assertFails("""
                boards:
                  - slug: a
                    name: A
                    description: D
                    order: 1
                  - just a string
                """, 6, "a board must be a mapping");
    }

    @Test
    void missingFieldsAreNamedAtTheirEntry() {
        String[] fields = {"slug", "name", "description", "order"};
        for (String missing : fields) {
            StringBuilder yaml = new StringBuilder("boards:\n  - slug: a\n    name: A\n    description: D\n    order: 1\n  -");
            for (String field : fields) {
                if (!field.equals(missing)) {
                    yaml.append(" ").append(field).append(": ").append(field.equals("order") ? "2" : field.equals("slug") ? "b" : "x").append("\n   ");
                }
            }
            assertFails(yaml.toString(), 6, "the board has no '" + missing + "'");
        }
    }

    @Test
    void emptyAndOverlongTextsAreRefusedAtTheirLine() {
        assertFails(board("a", "''", "D", "1"), 3, "'name' is empty");
        assertFails(board("a", "N".repeat(121), "D", "1"), 3, "'name' is longer than 120 characters");
        assertFails(board("a", "N", "D".repeat(301), "1"), 4, "'description' is longer than 300 characters");
        assertThat(read(board("a", "é".repeat(120), "D", "1"))).hasSize(1);
    }

    @Test
    void slugsAreLowerCaseWordsWithSingleHyphens() {
        for (String slug : List.of("Funding", "two words", "double--hyphen", "-leading", "trailing-", "'ü'")) {
            assertFails(board(slug, "N", "D", "1"), 2, "may only hold lower-case letters, digits and single hyphens");
        }
        assertFails(board("s".repeat(65), "N", "D", "1"), 2, "'slug' is longer than 64 characters");
    }

    @Test
    void theOrderMustBeAWholeNumber() {
        assertFails(board("a", "N", "D", "first"), 5, "'order' must be a whole number, not 'first'");
        assertFails(board("a", "N", "D", "1.5"), 5, "'order' must be a whole number");
    }

    @Test
    void unknownAndRepeatedKeysAreTypos() {
        assertFails("""
                boards:
                  - slug: a
                    titel: A
                """, 3, "unknown key 'titel' in a board");
        assertFails("""
                boards:
                  - slug: a
                    name: A
                    name: B
                    description: D
                    order: 1
                """, 4, "key 'name' appears twice");
    }

    @Test
    void aDuplicateSlugPointsAtBothEntries() {
        assertFails("""
                boards:
                  - slug: a
                    name: A
                    description: D
                    order: 1
                  - slug: a
                    name: B
                    description: D
                    order: 2
                """, 6, "slug 'a' is already used by the board on line 2");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("boards.yml");
        Files.write(file, new byte[] {'b', 'o', 'a', 'r', 'd', 's', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> BoardsFile.read(file, "content/boards.yml"))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/boards.yml:1: ")
                .hasMessageContaining("UTF-8");
    }

    private static String board(String slug, String name, String description, String order) {
        return "boards:\n  - slug: " + slug + "\n    name: " + name + "\n    description: " + description + "\n    order: " + order + "\n";
    }

    private List<BoardDefinition> read(String yaml) {
        try {
            Path file = dir.resolve("boards.yml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return BoardsFile.read(file, "content/boards.yml");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private AbstractThrowableAssert<?, ?> assertFails(String yaml, int line, String problem) {
        return assertThatThrownBy(() -> read(yaml))
                .as("%s", yaml)
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.file()).isEqualTo("content/boards.yml");
                    assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
                })
                .hasMessageStartingWith("content/boards.yml:" + line + ": ")
                .hasMessageContaining(problem);
    }
}
