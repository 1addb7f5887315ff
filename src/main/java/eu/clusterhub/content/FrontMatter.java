package eu.clusterhub.content;

import eu.clusterhub.platform.Hashes;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A Markdown file with YAML front matter between two "---" lines, as content/pages and
 * content/announcements hold them. The slug is the file name; line numbers stay exact.
 */
final class FrontMatter {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String FENCE = "---";

    final String slug;
    final YamlDocument yaml;
    final Node root;
    final Map<String, Node> fields;
    final String markdown;
    /** Hash of the whole file: an unchanged file is not written again. */
    final String sourceHash;

    private FrontMatter(String slug, YamlDocument yaml, Node root, Map<String, Node> fields, String markdown,
                        String sourceHash) {
        this.slug = slug;
        this.yaml = yaml;
        this.root = root;
        this.fields = fields;
        this.markdown = markdown;
        this.sourceHash = sourceHash;
    }

    /** Reads the file, refusing keys outside {@code allowedKeys} and an empty body. */
    static FrontMatter read(Path file, String displayName, Set<String> allowedKeys, String what) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".md".length());
        if (!SLUG.matcher(slug).matches() || slug.length() > 64) {
            throw new ContentException(displayName, 1, "the file name must be a slug: lower-case letters, digits and single hyphens");
        }
        List<String> lines = lines(file, displayName);
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new ContentException(displayName, 1, what + " starts with front matter: a line '---', its fields, and '---'");
        }
        int end = lines.subList(1, lines.size()).indexOf(FENCE);
        if (end < 0) {
            throw new ContentException(displayName, 1, "the front matter is not closed by a line '---'");
        }
        // the YAML starts on the file's second line: node lines are offset by one
        YamlDocument yaml = YamlDocument.of(displayName);
        Node root = yaml.parseText(String.join("\n", lines.subList(1, end + 1)), 1);
        Map<String, Node> fields = yaml.mapping(root, "the front matter", allowedKeys);
        String markdown = String.join("\n", lines.subList(end + 2, lines.size())).strip();
        if (markdown.isEmpty()) {
            throw new ContentException(displayName, end + 3, what + " has no text after its front matter");
        }
        return new FrontMatter(slug, yaml, root, fields, markdown, Hashes.sha256(String.join("\n", lines)));
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

    /** The .md files of a directory in name order; none when it is absent. */
    static List<Path> markdownFiles(Path directory, String displayDirectory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new ContentException(displayDirectory, 1, "cannot be listed: " + e.getMessage(), e);
        }
    }
}
