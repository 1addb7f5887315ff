package eu.clusterhub.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses and validates content/boards.yml. Every problem is reported with the file and
 * line; the whole file is checked before anything is written, so a bad entry at the end
 * cannot leave the entries before it half-imported.
 */
public final class BoardsFile {

    public static final String FILE_NAME = "boards.yml";
    static final int MAX_SLUG = 64;
    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 300;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ROOT_KEYS = Set.of("boards");
    private static final Set<String> BOARD_KEYS = new LinkedHashSet<>(List.of("slug", "name", "description", "order"));

    private final YamlDocument yaml;

    private BoardsFile(String displayName) {
        this.yaml = YamlDocument.of(displayName);
    }

    /**
     * @param path        the file to read
     * @param displayName how the file is named in error messages, e.g. {@code content/boards.yml}
     */
    public static List<BoardDefinition> read(Path path, String displayName) {
        return new BoardsFile(displayName).parse(path);
    }

    private List<BoardDefinition> parse(Path path) {
        Node root = yaml.parse(path);
        Node boardsNode = yaml.mapping(root, "the file", ROOT_KEYS).get("boards");
        if (boardsNode == null) {
            throw yaml.error(root, "the file must have a 'boards' list");
        }
        List<Node> entries = yaml.sequence(boardsNode, "'boards'");
        if (entries.isEmpty()) {
            throw yaml.error(boardsNode, "'boards' is empty: the forum needs at least one board");
        }
        List<BoardDefinition> boards = new ArrayList<>();
        Map<String, Integer> slugLines = new HashMap<>();
        for (Node entry : entries) {
            BoardDefinition board = board(entry);
            Integer earlier = slugLines.putIfAbsent(board.slug(), board.line());
            if (earlier != null) {
                throw yaml.error(board.line(), "slug '" + board.slug() + "' is already used by the board on line " + earlier);
            }
            boards.add(board);
        }
        return List.copyOf(boards);
    }

    private BoardDefinition board(Node entry) {
        Map<String, Node> fields = yaml.mapping(entry, "a board", BOARD_KEYS);
        int line = yaml.line(entry);
        String slug = yaml.text(fields, "slug", entry, "the board", MAX_SLUG);
        if (!SLUG.matcher(slug).matches()) {
            throw yaml.error(fields.get("slug"),
                    "slug '" + slug + "' may only hold lower-case letters, digits and single hyphens");
        }
        String name = yaml.text(fields, "name", entry, "the board", MAX_NAME);
        String description = yaml.text(fields, "description", entry, "the board", MAX_DESCRIPTION);
        int order = yaml.integer(fields, "order", entry, "the board");
        return new BoardDefinition(slug, name, description, order, line);
    }
}
