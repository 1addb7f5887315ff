package eu.clusterhub.announcement;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The JSON shapes of announcements in the API, and the reading of a written one. */
final class AnnouncementJson {

    private AnnouncementJson() {
    }

    /** What a list shows of an announcement. */
    static JsonObjectBuilder summary(Announcement a, String siteBase) {
        JsonArrayBuilder topics = Jsons.array();
        a.getTopics().forEach(t -> topics.add(t.getSlug()));
        Verification v = a.getVerification();
        return Jsons.object()
                .add("id", a.getId())
                .add("slug", a.getSlug())
                .add("title", a.getTitle())
                .add("summary", a.getSummary())
                .add("sourceType", a.getSourceType().name())
                .add("issuingBody", a.getIssuingBody())
                .add("country", nullable(a.getCountry()))
                .add("topics", topics)
                .add("officialUrl", nullable(a.getOfficialUrl()))
                .add("effectiveDate", a.getEffectiveDate().toString())
                .add("expiryDate", a.getExpiryDate() == null ? JsonValue.NULL : Jsons.value(a.getExpiryDate().toString()))
                .add("status", a.getStatus().name())
                .add("publishedAt", time(a.getPublishedAt()))
                .add("updatedAt", time(a.getUpdatedAt()))
                .add("pinned", a.isPinned())
                .add("verifiedBy", nullable(v.getVerifiedByName()))
                .add("verifiedAt", time(v.getVerifiedAt()))
                .add("language", a.getLanguage())
                .add("url", siteBase + "/announcements/" + a.getSlug());
    }

    /** Everything: the list fields plus body, links, version and who suggested it. */
    static JsonObject full(Announcement a, String siteBase) {
        JsonArrayBuilder links = Jsons.array();
        a.getLinks().forEach(l -> links.add(Jsons.object().add("url", l.getUrl()).add("label", l.getLabel())));
        return summary(a, siteBase)
                .add("links", links)
                .add("bodyMarkdown", a.getBodyMarkdown())
                .add("bodyHtml", a.getBodyHtml())
                .add("suggestedBy", a.getSuggestedBy() == null ? JsonValue.NULL : Jsons.value(a.getSuggestedBy()))
                .add("version", a.getVersion())
                .build();
    }

    static JsonObject revision(AnnouncementRevision r) {
        JsonArrayBuilder changed = Jsons.array();
        r.getChangedFields().forEach(changed::add);
        return Jsons.object()
                .add("number", r.getNumber())
                .add("action", r.getAction().name())
                .add("changedFields", changed)
                .add("editedBy", r.getEditedByName())
                .add("editedAt", time(r.getEditedAt()))
                .build();
    }

    static JsonObject diff(AnnouncementRevision r, RevisionDiff diff) {
        JsonArrayBuilder changes = Jsons.array();
        for (RevisionDiff.FieldChange change : diff.changes()) {
            JsonArrayBuilder lines = Jsons.array();
            change.lines().forEach(line -> lines.add(Jsons.object()
                    .add("kind", line.kind().name()).add("text", line.text())));
            changes.add(Jsons.object()
                    .add("field", change.field())
                    .add("before", nullable(change.before()))
                    .add("after", nullable(change.after()))
                    .add("lines", lines));
        }
        return Jsons.object(revision(r)).add("changes", changes).build();
    }

    /** Reads a written announcement; wrong JSON types are field errors. */
    static AnnouncementInput input(JsonValue json) {
        JsonInput in = JsonInput.of(json);
        List<AnnouncementInput.LinkInput> links = new ArrayList<>();
        for (JsonInput link : in.objects("links")) {
            links.add(new AnnouncementInput.LinkInput(link.text("url"), link.text("label")));
        }
        if (links.isEmpty() && in.text("officialUrl") != null) {
            links.add(new AnnouncementInput.LinkInput(in.text("officialUrl"), null));
        }
        String body = in.has("bodyMarkdown") ? in.text("bodyMarkdown") : in.text("body");
        return new AnnouncementInput(in.text("title"), in.text("summary"), body,
                in.text("sourceType"), in.text("issuingBody"), in.text("country"), in.texts("topics"), links,
                in.text("effectiveDate"), in.text("expiryDate"), in.text("language"), in.flag("verified"));
    }

    private static JsonValue nullable(String text) {
        return text == null ? JsonValue.NULL : Jsons.value(text);
    }

    private static JsonValue time(LocalDateTime utc) {
        return utc == null ? JsonValue.NULL : Jsons.value(utc.atOffset(ZoneOffset.UTC).toString());
    }
}
