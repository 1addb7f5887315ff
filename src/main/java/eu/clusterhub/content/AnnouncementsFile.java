package eu.clusterhub.content;

import eu.clusterhub.announcement.AnnouncementInput;
import eu.clusterhub.announcement.AnnouncementInput.LinkInput;
import eu.clusterhub.announcement.AnnouncementRules;
import eu.clusterhub.announcement.AnnouncementStatus;
import eu.clusterhub.announcement.SeedAnnouncement;
import eu.clusterhub.announcement.Topic;
import eu.clusterhub.platform.ValidationFailed;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads content/announcements/*.md: front matter with the announcement's fields and
 * provenance, then the Markdown body. Each file is checked against the same rules as the
 * editor's form, and a problem names the file and the line of the offending key.
 */
public final class AnnouncementsFile {

    public static final String DIRECTORY = "announcements";
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("title", "summary", "source", "issuing_body",
            "country", "topics", "links", "effective", "expires", "status", "pinned", "verified_by", "verified_at", "language"));
    /** Where each field of the rules is written in the front matter. */
    private static final Map<String, String> KEY_OF_FIELD = Map.of("title", "title", "summary", "summary",
            "sourceType", "source", "issuingBody", "issuing_body", "country", "country", "topics", "topics",
            "links", "links", "effectiveDate", "effective", "expiryDate", "expires", "language", "language");

    private final FrontMatter file;

    private AnnouncementsFile(FrontMatter file) {
        this.file = file;
    }

    /** Every announcement in the directory; topics must be among {@code topics}. */
    public static List<SeedAnnouncement> readAll(Path directory, String displayDirectory, Set<String> topics) {
        List<SeedAnnouncement> announcements = new ArrayList<>();
        for (Path path : FrontMatter.markdownFiles(directory, displayDirectory)) {
            announcements.add(read(path, displayDirectory + "/" + path.getFileName(), topics));
        }
        return announcements;
    }

    static SeedAnnouncement read(Path path, String displayName, Set<String> topics) {
        return new AnnouncementsFile(FrontMatter.read(path, displayName, KEYS, "an announcement")).parse(topics);
    }

    private SeedAnnouncement parse(Set<String> topics) {
        AnnouncementInput input = new AnnouncementInput(optional("title"), optional("summary"), file.markdown,
                optional("source"), optional("issuing_body"), optional("country"), list("topics"), links(),
                optional("effective"), optional("expires"), optional("language"), true);
        try {
            AnnouncementRules.check(input, slug -> topics.contains(slug) ? Optional.of(new Topic(slug)) : Optional.empty());
        } catch (ValidationFailed e) {
            ValidationFailed.FieldError first = e.errors().get(0);
            String key = KEY_OF_FIELD.get(first.field().replaceAll("\\[.*", ""));
            if (key == null) {
                throw file.yaml.error(file.root, "the text after the front matter: " + first.message());
            }
            throw file.yaml.error(file.fields.getOrDefault(key, file.root), "'" + key + "': " + first.message());
        }
        AnnouncementStatus status = status();
        String verifiedBy = file.yaml.text(file.fields, "verified_by", file.root, "the front matter", 120);
        LocalDate verifiedAt = date("verified_at");
        return new SeedAnnouncement(file.slug, input, status, flag("pinned"), verifiedBy, verifiedAt, file.sourceHash);
    }

    private String optional(String key) {
        Node node = file.fields.get(key);
        return node == null ? null : file.yaml.scalar(node, "'" + key + "'");
    }

    private List<String> list(String key) {
        Node node = file.fields.get(key);
        if (node == null) {
            return List.of();
        }
        return file.yaml.sequence(node, "'" + key + "'").stream().map(n -> file.yaml.scalar(n, "a topic")).toList();
    }

    private List<LinkInput> links() {
        Node node = file.fields.get("links");
        List<LinkInput> links = new ArrayList<>();
        if (node != null) {
            for (Node entry : file.yaml.sequence(node, "'links'")) {
                Map<String, Node> link = file.yaml.mapping(entry, "a link", Set.of("url", "label"));
                links.add(new LinkInput(file.yaml.text(link, "url", entry, "the link", 2000),
                        file.yaml.optionalText(link, "label", 200)));
            }
        }
        return links;
    }

    private AnnouncementStatus status() {
        String value = optional("status");
        if (value == null) {
            return AnnouncementStatus.PUBLISHED;
        }
        return AnnouncementStatus.parse(value).orElseThrow(() -> file.yaml.error(file.fields.get("status"),
                "'status' must be draft, published or archived, not '" + value + "'"));
    }

    private boolean flag(String key) {
        String value = optional(key);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw file.yaml.error(file.fields.get(key), "'" + key + "' must be true or false");
    }

    private LocalDate date(String key) {
        String value = file.yaml.text(file.fields, key, file.root, "the front matter", 10);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw file.yaml.error(file.fields.get(key), "'" + key + "' must be a date as YYYY-MM-DD");
        }
    }
}
