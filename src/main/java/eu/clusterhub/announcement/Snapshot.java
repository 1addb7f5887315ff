package eu.clusterhub.announcement;

import eu.clusterhub.platform.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of an announcement after a change, field by field, as text: what a revision
 * stores (as JSON) and what two revisions are compared by. Lists become one line per item.
 */
public record Snapshot(Map<String, String> fields) {

    /** The fields in the order a diff shows them, with their labels. */
    public static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("title", "Title");
        labels.put("summary", "Summary");
        labels.put("body", "Body");
        labels.put("sourceType", "Source type");
        labels.put("issuingBody", "Issuing body");
        labels.put("country", "Country");
        labels.put("topics", "Topics");
        labels.put("links", "Official links");
        labels.put("effectiveDate", "Effective date");
        labels.put("expiryDate", "Expiry date");
        labels.put("language", "Language");
        labels.put("status", "Status");
        labels.put("pinned", "Pinned");
        labels.put("verification", "Verified");
        return java.util.Collections.unmodifiableMap(labels);
    }

    public static Snapshot of(Announcement a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", a.getTitle());
        f.put("summary", a.getSummary());
        f.put("body", a.getBodyMarkdown());
        f.put("sourceType", a.getSourceType() == null ? null : a.getSourceType().name());
        f.put("issuingBody", a.getIssuingBody());
        f.put("country", a.getCountry());
        f.put("topics", String.join("\n", a.getTopics().stream().map(Topic::getSlug).toList()));
        f.put("links", String.join("\n", a.getLinks().stream().map(l -> l.getLabel() + " <" + l.getUrl() + ">").toList()));
        f.put("effectiveDate", Objects.toString(a.getEffectiveDate(), null));
        f.put("expiryDate", Objects.toString(a.getExpiryDate(), null));
        f.put("language", a.getLanguage());
        f.put("status", a.getStatus().name());
        f.put("pinned", Boolean.toString(a.isPinned()));
        Verification v = a.getVerification();
        f.put("verification", v.isPresent() ? v.getVerifiedByName() + ", " + v.getVerifiedAt().toLocalDate() : null);
        return new Snapshot(f);
    }

    public String get(String field) {
        return fields.get(field);
    }

    /** The fields whose value differs from the other snapshot's, in display order. */
    public List<String> changedSince(Snapshot before) {
        List<String> changed = new ArrayList<>();
        for (String field : fields.keySet()) {
            boolean differs = before == null ? get(field) != null : !Objects.equals(before.get(field), get(field));
            if (differs) {
                changed.add(field);
            }
        }
        return changed;
    }

    public boolean contentDiffers(Snapshot other) {
        return changedSince(other).stream().anyMatch(f -> !List.of("status", "pinned", "verification").contains(f));
    }

    public String toJson() {
        JsonObjectBuilder json = Jsons.object();
        fields.forEach((k, v) -> {
            if (v == null) {
                json.addNull(k);
            } else {
                json.add(k, v);
            }
        });
        return json.build().toString();
    }

    public static Snapshot fromJson(String text) {
        JsonObject json = Jsons.reader(new StringReader(text)).readObject();
        Map<String, String> f = new LinkedHashMap<>();
        json.forEach((k, v) -> f.put(k, v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : null));
        return new Snapshot(f);
    }

}
