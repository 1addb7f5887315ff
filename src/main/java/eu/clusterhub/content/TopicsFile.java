package eu.clusterhub.content;

import eu.clusterhub.announcement.SeedTopic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Parses content/topics.yml: the managed list of announcement topics. */
public final class TopicsFile {

    public static final String FILE_NAME = "topics.yml";
    static final int MAX_NAME = 120;
    private static final Set<String> TOPIC_KEYS = new LinkedHashSet<>(List.of("slug", "name", "order"));

    private TopicsFile() {
    }

    /** The topics of the file; none when there is no such file. */
    public static List<SeedTopic> readIfPresent(Path path, String displayName) {
        return java.nio.file.Files.isRegularFile(path) ? read(path, displayName) : List.of();
    }

    public static List<SeedTopic> read(Path path, String displayName) {
        YamlDocument yaml = YamlDocument.of(displayName);
        Node root = yaml.parse(path);
        Node list = yaml.mapping(root, "the file", Set.of("topics")).get("topics");
        if (list == null) {
            throw yaml.error(root, "the file must have a 'topics' list");
        }
        List<SeedTopic> topics = new ArrayList<>();
        Map<String, Integer> slugLines = new HashMap<>();
        for (Node entry : yaml.sequence(list, "'topics'")) {
            Map<String, Node> fields = yaml.mapping(entry, "a topic", TOPIC_KEYS);
            String slug = yaml.text(fields, "slug", entry, "the topic", 64);
            if (!FrontMatter.SLUG.matcher(slug).matches()) {
                throw yaml.error(fields.get("slug"), "slug '" + slug + "' may only hold lower-case letters, digits and single hyphens");
            }
            Integer earlier = slugLines.putIfAbsent(slug, yaml.line(entry));
            if (earlier != null) {
                throw yaml.error(entry, "slug '" + slug + "' is already used by the topic on line " + earlier);
            }
            topics.add(new SeedTopic(slug, yaml.text(fields, "name", entry, "the topic", MAX_NAME),
                    yaml.integer(fields, "order", entry, "the topic")));
        }
        if (topics.isEmpty()) {
            throw yaml.error(list, "'topics' is empty: announcements need at least one topic");
        }
        return List.copyOf(topics);
    }
}
