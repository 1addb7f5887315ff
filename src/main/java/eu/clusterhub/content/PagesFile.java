package eu.clusterhub.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads content/pages/*.md: YAML front matter between "---" lines (only {@code title}),
 * then Markdown. The slug is the file name. Errors name the file and line.
 */
public final class PagesFile {

    public static final String DIRECTORY = "pages";
    static final int MAX_TITLE = 120;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String FENCE = "---";

    private PagesFile() {
    }

    /** Every page in the directory, in file-name order; none when the directory is absent. */
    public static List<PageDefinition> readAll(Path directory, String displayDirectory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<PageDefinition> pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                pages.add(read(file, displayDirectory + "/" + file.getFileName()));
            }
            return pages;
        } catch (IOException e) {
            throw new ContentException(displayDirectory, 1, "cannot be listed: " + e.getMessage(), e);
        }
    }

    static PageDefinition read(Path file, String displayName) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".md".length());
        if (!SLUG.matcher(slug).matches() || slug.length() > 64) {
            throw new ContentException(displayName, 1, "the file name must be a slug: lower-case letters, digits and single hyphens");
        }
        List<String> lines = lines(file, displayName);
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new ContentException(displayName, 1, "a page starts with front matter: a line '---', 'title: ...', and '---'");
        }
        int end = lines.subList(1, lines.size()).indexOf(FENCE);
        if (end < 0) {
            throw new ContentException(displayName, 1, "the front matter is not closed by a line '---'");
        }
        String frontMatter = String.join("\n", lines.subList(1, end + 1));
        String title = title(frontMatter, displayName);
        String markdown = String.join("\n", lines.subList(end + 2, lines.size())).strip();
        if (markdown.isEmpty()) {
            throw new ContentException(displayName, end + 3, "the page has no text after its front matter");
        }
        return new PageDefinition(slug, title, markdown);
    }

    private static String title(String frontMatter, String displayName) {
        // Line numbers inside the front matter are off by one (the opening fence).
        YamlDocument yaml = YamlDocument.of(displayName);
        Node root = yaml.parseText(frontMatter, 1);
        Map<String, Node> fields = yaml.mapping(root, "the front matter", Set.of("title"));
        Node titleNode = fields.get("title");
        if (titleNode == null) {
            throw yaml.error(root, "the front matter has no 'title'");
        }
        String title = yaml.scalar(titleNode, "'title'").strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw yaml.error(titleNode, "'title' must have 1 to " + MAX_TITLE + " characters");
        }
        return title;
    }

    private static List<String> lines(Path file, String displayName) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ContentException(displayName, 1, "not UTF-8 text; save the file as UTF-8", e);
        } catch (IOException e) {
            throw new ContentException(displayName, 1, "cannot be read: " + e.getMessage(), e);
        }
    }
}
