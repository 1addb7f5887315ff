package eu.clusterhub.content;

import eu.clusterhub.matchmaking.SeedCertification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Parses content/certifications.yml: the certifications offers hold and needs require, in display order. */
public final class CertificationsFile {

    public static final String FILE_NAME = "certifications.yml";
    static final int MAX_DESCRIPTION = 300;
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("slug", "name", "description"));

    private CertificationsFile() {
    }

    /** The certifications of the file; none when there is no such file. */
    public static List<SeedCertification> readIfPresent(Path path, String displayName) {
        return Files.isRegularFile(path) ? read(path, displayName) : List.of();
    }

    public static List<SeedCertification> read(Path path, String displayName) {
        YamlDocument yaml = YamlDocument.of(displayName);
        Node root = yaml.parse(path);
        Node list = yaml.mapping(root, "the file", Set.of("certifications")).get("certifications");
        if (list == null) {
            throw yaml.error(root, "the file must have a 'certifications' list");
        }
        List<SeedCertification> certifications = new ArrayList<>();
        Map<String, Integer> slugLines = new HashMap<>();
        for (Node entry : yaml.sequence(list, "'certifications'")) {
            Map<String, Node> fields = yaml.mapping(entry, "a certification", KEYS);
            String slug = yaml.text(fields, "slug", entry, "the certification", 64);
            if (!FrontMatter.SLUG.matcher(slug).matches()) {
                throw yaml.error(fields.get("slug"), "slug '" + slug + "' may only hold lower-case letters, digits and single hyphens");
            }
            Integer earlier = slugLines.putIfAbsent(slug, yaml.line(entry));
            if (earlier != null) {
                throw yaml.error(entry, "slug '" + slug + "' is already used by the certification on line " + earlier);
            }
            // the place in the file is the display order: no numbers to keep in step
            certifications.add(new SeedCertification(slug, yaml.text(fields, "name", entry, "the certification", TopicsFile.MAX_NAME),
                    yaml.text(fields, "description", entry, "the certification", MAX_DESCRIPTION), certifications.size() + 1));
        }
        if (certifications.isEmpty()) {
            throw yaml.error(list, "'certifications' is empty");
        }
        return List.copyOf(certifications);
    }
}
