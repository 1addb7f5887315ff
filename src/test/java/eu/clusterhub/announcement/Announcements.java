package eu.clusterhub.announcement;

import eu.clusterhub.testsupport.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Announcement payloads for the API tests, each in its own effective year so filters can isolate them. */
final class Announcements {

    private Announcements() {
    }

    static JsonObjectBuilder payload(String title, int year) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Companies may now apply.")
                .add("bodyMarkdown", "The measure **applies** from today.\n\n- one\n- two")
                .add("sourceType", "european-commission")
                .add("issuingBody", "DG GROW")
                .add("topics", Json.createArrayBuilder().add("medical-equipment"))
                .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("url", "https://single-market-economy.ec.europa.eu/").add("label", "DG GROW")))
                .add("effectiveDate", year + "-03-20");
    }

    static JsonObject created(Api moderator, JsonObjectBuilder payload) {
        Api.Reply reply = moderator.post("announcements", payload.build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("not created: " + reply);
        }
        return reply.json();
    }

    static JsonObject published(Api moderator, JsonObjectBuilder payload) {
        long id = created(moderator, payload).getJsonNumber("id").longValue();
        Api.Reply reply = moderator.post("announcements/" + id + "/publish", "");
        if (reply.status() != 200) {
            throw new AssertionError("not published: " + reply);
        }
        return reply.json();
    }

    static long id(JsonObject announcement) {
        return announcement.getJsonNumber("id").longValue();
    }
}
