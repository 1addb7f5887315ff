package eu.clusterhub.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML content file as a tree of nodes that remember their line numbers, so every
 * complaint about the file can name the exact line. Only plain data is accepted: no tags
 * that build objects, no aliases bombs.
 */
final class YamlDocument {

    private final String file;
    private int lineOffset;

    private YamlDocument(String file) {
        this.file = file;
    }

    static YamlDocument of(String file) {
        return new YamlDocument(file);
    }

    /** Parses YAML that starts on line {@code lineOffset + 1} of the file (front matter). */
    Node parseText(String text, int lineOffset) {
        this.lineOffset = lineOffset;
        return parse(new java.io.StringReader(text));
    }

    Node parse(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (CharacterCodingException e) {
            throw new ContentException(file, 1, "not UTF-8 text; save the file as UTF-8", e);
        } catch (IOException e) {
            throw new ContentException(file, 1, "cannot be read: " + e.getMessage(), e);
        }
    }

    private Node parse(Reader reader) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setAllowRecursiveKeys(false);
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new ContentException(file, 1 + lineOffset, lineOffset == 0 ? "the file is empty" : "the front matter is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = (e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1) + lineOffset;
            throw new ContentException(file, line, "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ContentException(file, 1, "not UTF-8 text; save the file as UTF-8", e);
            }
            throw new ContentException(file, 1, "not valid YAML: " + e.getMessage(), e);
        }
    }

    int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    /** The keys and values of a mapping, refusing duplicate and unknown keys. */
    Map<String, Node> mapping(Node node, String what, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            throw new ContentException(file, line(node), what + " must be a mapping of keys to values");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (!allowedKeys.contains(key)) {
                throw new ContentException(file, line(tuple.getKeyNode()),
                        "unknown key '" + key + "' in " + what + " (expected one of " + String.join(", ", allowedKeys) + ")");
            }
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw new ContentException(file, line(tuple.getKeyNode()), "key '" + key + "' appears twice in " + what);
            }
        }
        return entries;
    }

    List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw new ContentException(file, line(node), what + " must be a list");
        }
        return sequence.getValue();
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new ContentException(file, line(node), what + " must be a single value");
        }
        return scalar.getValue();
    }

    /** A required single-line value of at most {@code max} characters, stripped. */
    String text(Map<String, Node> fields, String key, Node owner, String ownerName, int max) {
        Node node = fields.get(key);
        if (node == null) {
            throw error(owner, ownerName + " has no '" + key + "'");
        }
        return checkedText(node, key, max);
    }

    /** An optional value: null when the key is absent. */
    String optionalText(Map<String, Node> fields, String key, int max) {
        Node node = fields.get(key);
        return node == null ? null : checkedText(node, key, max);
    }

    private String checkedText(Node node, String key, int max) {
        String value = scalar(node, "'" + key + "'").strip();
        if (value.isEmpty()) {
            throw error(node, "'" + key + "' is empty");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw error(node, "'" + key + "' is longer than " + max + " characters");
        }
        return value;
    }

    /** A required whole number. */
    int integer(Map<String, Node> fields, String key, Node owner, String ownerName) {
        Node node = fields.get(key);
        if (node == null) {
            throw error(owner, ownerName + " has no '" + key + "'");
        }
        String value = scalar(node, "'" + key + "'").strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(node, "'" + key + "' must be a whole number, not '" + value + "'");
        }
    }

    ContentException error(Node node, String problem) {
        return new ContentException(file, line(node), problem);
    }

    ContentException error(int line, String problem) {
        return new ContentException(file, line, problem);
    }
}
