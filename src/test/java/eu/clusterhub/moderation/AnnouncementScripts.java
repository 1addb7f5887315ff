package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;
import static eu.clusterhub.moderation.Staff.id;
import static eu.clusterhub.moderation.Staff.unique;

import eu.clusterhub.testsupport.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** Announcement staff actions (announcement.AnnouncementStaffActions); drafts set up by the first admin. */
class AnnouncementScripts implements StaffActionScripts {

    /** The audit test's announcements take effect in a year no other test uses. */
    private static final int YEAR = 1991;

    @Override
    public Map<String, Script> scripts() {
        return Map.of(
                "announcement.create", s -> {
                    long id = id(expect(201, s.moderatorApi().post("announcements", payload("Created").build().toString())));
                    return Expected.of(s.moderator, "announcement", id);
                },
                "announcement.edit", s -> {
                    JsonObject draft = draft(s.setupAdmin());
                    expect(200, s.moderatorApi().put("announcements/" + id(draft), payload("Edited")
                            .add("version", draft.getJsonNumber("version").longValue()).build().toString()));
                    return Expected.of(s.moderator, "announcement", id(draft));
                },
                "announcement.verify", s -> {
                    JsonObject draft = draft(s.setupAdmin());
                    expect(200, s.moderatorApi().put("announcements/" + id(draft), payload(draft.getString("title"))
                            .add("verified", true).add("version", draft.getJsonNumber("version").longValue()).build().toString()));
                    return Expected.of(s.moderator, "announcement", id(draft));
                },
                "announcement.publish", s -> {
                    long id = id(draft(s.setupAdmin()));
                    expect(200, s.moderatorApi().post("announcements/" + id + "/publish", ""));
                    return Expected.of(s.moderator, "announcement", id);
                },
                "announcement.archive", s -> {
                    long id = published(s.setupAdmin());
                    expect(200, s.moderatorApi().post("announcements/" + id + "/archive", ""));
                    return Expected.of(s.moderator, "announcement", id);
                },
                "announcement.pin", s -> {
                    long id = published(s.setupAdmin());
                    expect(200, s.moderatorApi().post("announcements/" + id + "/pin", ""));
                    return Expected.of(s.moderator, "announcement", id);
                },
                "announcement.unpin", s -> {
                    long id = published(s.setupAdmin());
                    expect(200, s.setupAdmin().post("announcements/" + id + "/pin", ""));
                    expect(200, s.moderatorApi().post("announcements/" + id + "/unpin", ""));
                    return Expected.of(s.moderator, "announcement", id);
                });
    }

    static JsonObjectBuilder payload(String title) {
        return Json.createObjectBuilder()
                .add("title", title.startsWith("Audit") ? title : "Audit " + title + " " + unique())
                .add("summary", "Companies may now apply.")
                .add("bodyMarkdown", "The measure **applies** from today.")
                .add("sourceType", "european-commission")
                .add("issuingBody", "DG GROW")
                .add("topics", Json.createArrayBuilder().add("medical-equipment"))
                .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("url", "https://single-market-economy.ec.europa.eu/").add("label", "DG GROW")))
                .add("effectiveDate", YEAR + "-03-20");
    }

    private static JsonObject draft(Api setup) {
        return expect(201, setup.post("announcements", payload("Draft").build().toString()));
    }

    private static long published(Api setup) {
        long id = id(draft(setup));
        expect(200, setup.post("announcements/" + id + "/publish", ""));
        return id;
    }
}
