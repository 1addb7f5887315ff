package eu.clusterhub.moderation;

import eu.clusterhub.platform.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** The JSON shapes of flags, review items and coverage in the API. */
final class ModerationJson {

    private ModerationJson() {
    }

    static JsonObjectBuilder flagged(Flags.Flagged flagged) {
        Flag f = flagged.flag();
        return Jsons.object()
                .add("id", f.getId())
                .add("targetType", f.getTargetType())
                .add("targetId", f.getTargetId())
                .add("reason", f.getReason())
                .add("note", f.getNote() == null ? JsonValue.NULL : Jsons.value(f.getNote()))
                .add("announcementId", f.getAnnouncementId() == null ? JsonValue.NULL : Jsons.value(f.getAnnouncementId()))
                .add("createdAt", time(f.getCreatedAt()))
                .add("itemId", flagged.item().getId())
                .add("hidden", flagged.hidden());
    }

    static JsonObjectBuilder item(ModerationItem i) {
        return Jsons.object()
                .add("id", i.getId())
                .add("targetType", i.getTargetType())
                .add("targetId", i.getTargetId())
                .add("kind", i.getKind().code())
                .add("status", i.getStatus().name().toLowerCase(Locale.ROOT))
                .add("holdReason", text(i.getHoldReason()))
                .add("language", i.getLanguage())
                .add("country", text(i.getCountry()))
                .add("flagCount", i.getFlagCount())
                .add("createdAt", time(i.getCreatedAt()))
                .add("firstActionAt", i.getFirstActionAt() == null ? JsonValue.NULL : time(i.getFirstActionAt()))
                .add("outcome", text(i.getOutcome()))
                .add("outcomeReason", text(i.getOutcomeReason()))
                .add("version", i.getVersion());
    }

    static JsonObjectBuilder row(ReviewQueue.Row row) {
        JsonObjectBuilder json = item(row.item()).add("covered", row.covered()).add("board", text(row.boardName()));
        Target t = row.target();
        if (t == null) {
            json.add("target", JsonValue.NULL);
        } else {
            json.add("target", Jsons.object()
                    .add("type", t.type()).add("id", t.id()).add("title", t.title()).add("excerpt", t.excerpt())
                    .add("path", t.path()).add("moderation", t.state().name().toLowerCase(Locale.ROOT))
                    .add("moderationReason", text(t.reason())));
        }
        JsonArrayBuilder flags = Jsons.array();
        row.flags().forEach(f -> flags.add(Jsons.object()
                .add("reason", f.reason()).add("reporter", Jsons.object().add("id", f.reporterId()).add("displayName", f.reporter()))
                .add("note", text(f.note()))
                .add("announcementId", f.announcementId() == null ? JsonValue.NULL : Jsons.value(f.announcementId()))
                .add("createdAt", time(f.at()))));
        ReviewQueue.AuthorHistory a = row.author();
        return json.add("flags", flags).add("author", Jsons.object()
                .add("id", a.id()).add("displayName", a.name()).add("organisation", text(a.organisation()))
                .add("verified", a.verified()).add("posts", a.posts()).add("earlierFlags", a.earlierFlags())
                .add("silenced", a.silenced()).add("suspended", a.suspended()));
    }

    static JsonObjectBuilder coverage(ModeratorCoverage.Coverage c) {
        JsonArrayBuilder languages = Jsons.array();
        c.languages().forEach(languages::add);
        JsonArrayBuilder countries = Jsons.array();
        c.countries().forEach(countries::add);
        return Jsons.object().add("languages", languages).add("countries", countries);
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Jsons.value(value);
    }

    static JsonValue time(LocalDateTime utc) {
        return Jsons.value(utc.atOffset(ZoneOffset.UTC).toString());
    }
}
