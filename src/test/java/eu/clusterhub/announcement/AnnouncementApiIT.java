package eu.clusterhub.announcement;

import eu.clusterhub.testsupport.DeployedPortal;
import static eu.clusterhub.announcement.Announcements.id;
import static eu.clusterhub.announcement.Announcements.payload;
import static eu.clusterhub.announcement.Announcements.published;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestAccounts.Caller;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The announcements API on Payara Micro against MariaDB: lifecycle, filters, revisions, locking, roles. */
class AnnouncementApiIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    @Test
    void aModeratorWritesADraftThatOnlyModeratorsSeeUntilItIsPublished() {
        Caller moderator = accounts.withRole("MODERATOR");
        Api mod = anonymous.as(moderator.token());
        Api member = anonymous.as(accounts.withRole("MEMBER").token());

        Api.Reply created = mod.post("announcements", payload("Call for ventilator valves", 1971).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created.json());
        assertThat(created.response().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/announcements/" + id));
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");
        assertThat(created.json().getString("bodyHtml")).contains("<strong>applies</strong>").contains("<li>one</li>");
        assertThat(created.json().get("verifiedBy")).isEqualTo(JsonValue.NULL);

        assertThat(anonymous.get("announcements/" + id).status()).as("drafts are hidden, not forbidden").isEqualTo(404);
        assertThat(member.get("announcements/" + id).status()).isEqualTo(404);
        assertThat(mod.get("announcements/" + id).status()).isEqualTo(200);
        assertThat(ids(anonymous.get("announcements?from=1971-01-01&to=1971-12-31").json())).doesNotContain(id);
        assertThat(ids(mod.get("announcements?status=draft&from=1971-01-01&to=1971-12-31").json())).containsExactly(id);

        JsonObject published = mod.post("announcements/" + id + "/publish", "").json();
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("verifiedBy")).as("publishing vouches for it").isEqualTo("Test MODERATOR");
        assertThat(published.getString("verifiedAt")).isNotBlank();
        assertThat(published.getString("publishedAt")).isNotBlank();
        JsonObject read = anonymous.get("announcements/" + id).json();
        assertThat(read.getString("title")).isEqualTo("Call for ventilator valves");
        assertThat(read.getString("officialUrl")).isEqualTo("https://single-market-economy.ec.europa.eu/");
        assertThat(read.getString("url")).endsWith("/announcements/" + read.getString("slug"));
        assertThat(read.getJsonNumber("version").longValue()).isPositive();
    }

    @Test
    void archivingAndPinningAreRecordedAsRevisionsWithWhoAndWhat() {
        Api mod = anonymous.as(accounts.withRole("MODERATOR").token());
        long id = id(published(mod, payload("Border green lanes", 1972)));

        assertThat(mod.post("announcements/" + id + "/pin", "").json().getBoolean("pinned")).isTrue();
        assertThat(mod.post("announcements/" + id + "/unpin", "").json().getBoolean("pinned")).isFalse();
        assertThat(mod.post("announcements/" + id + "/archive", "").json().getString("status")).isEqualTo("ARCHIVED");
        assertThat(anonymous.get("announcements/" + id).json().getString("status")).as("archived stays readable").isEqualTo("ARCHIVED");
        assertThat(ids(anonymous.get("announcements?from=1972-01-01&to=1972-12-31").json())).as("but leaves the list").isEmpty();

        List<JsonObject> revisions = mod.get("announcements/" + id + "/revisions").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(revisions).extracting(r -> r.getString("action"))
                .containsExactly("ARCHIVED", "UNPINNED", "PINNED", "PUBLISHED", "CREATED");
        assertThat(revisions).allSatisfy(r -> assertThat(r.getString("editedBy")).isEqualTo("Test MODERATOR"));
        assertThat(revisions.get(3).getJsonArray("changedFields").getValuesAs(JsonString::getString))
                .containsExactly("status", "verification");
        assertThat(mod.post("announcements/" + id + "/archive", "").status()).as("repeating is harmless").isEqualTo(200);
        assertThat(mod.get("announcements/" + id + "/revisions").json().getJsonArray("items")).hasSize(5);
    }

    @Test
    void anEditKeepsARevisionWithADiffAndReadersSeeWhenItWasUpdated() {
        Api mod = anonymous.as(accounts.withRole("MODERATOR").token());
        JsonObject original = published(mod, payload("Export authorisation for masks", 1973));
        long id = id(original);

        JsonObject edit = payload("Export authorisation for masks and gowns", 1973)
                .add("bodyMarkdown", "The measure **applies** from today.\n\n- one\n- three")
                .add("version", original.getJsonNumber("version").longValue()).build();
        Api.Reply updated = mod.put("announcements/" + id, edit.toString());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getString("title")).isEqualTo("Export authorisation for masks and gowns");
        assertThat(updated.json().getString("slug")).as("links stay stable").isEqualTo(original.getString("slug"));
        assertThat(java.time.Instant.parse(updated.json().getString("updatedAt")))
                .isAfter(java.time.Instant.parse(original.getString("updatedAt")));

        JsonObject revisions = mod.get("announcements/" + id + "/revisions").json();
        JsonObject latest = revisions.getJsonArray("items").getJsonObject(0);
        assertThat(latest.getString("action")).isEqualTo("EDITED");
        JsonObject diff = mod.get("announcements/" + id + "/revisions/" + latest.getInt("number")).json();
        assertThat(diff.getJsonArray("changes").getValuesAs(JsonObject.class)).extracting(c -> c.getString("field"))
                .containsExactly("title", "body");
        List<JsonObject> bodyLines = diff.getJsonArray("changes").getJsonObject(1).getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(bodyLines).extracting(l -> l.getString("kind") + ":" + l.getString("text"))
                .contains("SAME:- one", "REMOVED:- two", "ADDED:- three");

        String page = anonymous.get("announcements/" + id).json().getString("url");
        assertThat(eu.clusterhub.testsupport.Http.get(base, page.substring(page.indexOf("announcements/"))).body())
                .contains("id=\"updated-on\"").contains("Updated on");
    }

    @Test
    void aStaleEditIsRefusedAndOverwritesNothing() {
        Api first = anonymous.as(accounts.withRole("MODERATOR").token());
        Api second = anonymous.as(accounts.withRole("MODERATOR").token());
        JsonObject original = Announcements.created(first, payload("Public procurement guidance", 1974));
        long id = id(original);
        long version = original.getJsonNumber("version").longValue();

        Api.Reply winner = first.put("announcements/" + id, payload("Procurement guidance: emergency rules", 1974)
                .add("version", version).build().toString());
        Api.Reply loser = second.put("announcements/" + id, payload("Procurement guidance (second editor)", 1974)
                .add("version", version).build().toString());

        assertThat(winner.status()).isEqualTo(200);
        assertThat(loser.status()).isEqualTo(409);
        assertThat(loser.contentType()).startsWith("application/problem+json");
        assertThat(loser.json().getString("detail")).contains("changed by Test MODERATOR").contains("not saved");
        assertThat(first.get("announcements/" + id).json().getString("title")).isEqualTo("Procurement guidance: emergency rules");
        assertThat(first.get("announcements/" + id + "/revisions").json().getJsonArray("items")).hasSize(2);

        Api.Reply withoutVersion = first.put("announcements/" + id, payload("No version", 1974).build().toString());
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.body()).contains("\"field\":\"version\"");
    }

    @Test
    void theListFiltersBySourceCountryTopicAndDatesPinnedFirstThenNewest() {
        Api mod = anonymous.as(accounts.withRole("MODERATOR").token());
        long older = id(published(mod, payload("Italian decree on masks", 1975).add("sourceType", "MEMBER_STATE")
                .add("issuingBody", "Government of Italy").add("country", "IT").add("effectiveDate", "1975-03-17")));
        long newer = id(published(mod, payload("Italian aid scheme", 1975).add("sourceType", "member-state")
                .add("issuingBody", "Government of Italy").add("country", "IT").add("effectiveDate", "1975-04-02")
                .add("topics", Json.createArrayBuilder().add("state-aid"))));
        long commission = id(published(mod, payload("Commission standards", 1975).add("effectiveDate", "1975-03-01")));
        mod.post("announcements/" + commission + "/pin", "");
        String year = "from=1975-01-01&to=1975-12-31";

        assertThat(ids(anonymous.get("announcements?" + year).json())).containsExactly(commission, newer, older);
        assertThat(ids(anonymous.get("announcements?" + year + "&country=it").json())).containsExactly(newer, older);
        assertThat(ids(anonymous.get("announcements?" + year + "&source=european-commission").json())).containsExactly(commission);
        assertThat(ids(anonymous.get("announcements?" + year + "&country=IT&topic=medical-equipment").json())).containsExactly(older);
        assertThat(ids(anonymous.get("announcements?from=1975-04-01&to=1975-04-30").json())).containsExactly(newer);

        JsonObject first = anonymous.get("announcements?" + year + "&size=2").json();
        JsonObject second = anonymous.get("announcements?" + year + "&size=2&page=2").json();
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(ids(first)).containsExactly(commission, newer);
        assertThat(ids(second)).containsExactly(older);
        assertThat(anonymous.get("announcements?" + year + "&page=3&size=2").json().getJsonArray("items")).isEmpty();
        JsonObject item = first.getJsonArray("items").getJsonObject(1);
        assertThat(item.keySet()).contains("id", "slug", "title", "summary", "sourceType", "issuingBody", "country", "topics",
                "officialUrl", "effectiveDate", "publishedAt", "updatedAt", "pinned", "verifiedBy", "verifiedAt", "url");
        assertThat(item.getString("country")).isEqualTo("IT");
        assertThat(item.getJsonArray("topics").getValuesAs(JsonString::getString)).containsExactly("state-aid");
    }

    @Test
    void badListParametersAreA400NamingTheParameter() {
        for (String query : List.of("page=0", "page=-1", "page=abc", "size=0", "size=101", "size=10000", "country=XX",
                "source=press", "topic=%3Cscript%3E", "from=yesterday", "from=2020-05-01&to=2020-04-01", "status=draft")) {
            Api.Reply reply = anonymous.get("announcements?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).as(query).startsWith("application/problem+json");
            assertThat(reply.json().getJsonArray("errors")).as(query).isNotEmpty();
        }
        assertThat(anonymous.get("announcements/abc").status()).isEqualTo(404);
        assertThat(anonymous.get("announcements/999999999").status()).isEqualTo(404);
        assertThat(anonymous.get("announcements/-1").status()).isEqualTo(404);
    }

    @Test
    void rolesDecideWhoWritesAndMembersMaySuggest() {
        Caller member = accounts.withRole("MEMBER");
        Api asMember = anonymous.as(member.token());
        Api mod = anonymous.as(accounts.withRole("MODERATOR").token());
        String body = payload("A measure worth knowing", 1976).build().toString();
        long existing = id(published(mod, payload("Existing", 1976)));

        assertThat(anonymous.post("announcements", body).status()).isEqualTo(401);
        assertThat(asMember.post("announcements", body).status()).isEqualTo(403);
        assertThat(asMember.put("announcements/" + existing, body).status()).isEqualTo(403);
        for (String action : List.of("publish", "archive", "pin", "unpin")) {
            assertThat(anonymous.post("announcements/" + existing + "/" + action, "").status()).as(action).isEqualTo(401);
            assertThat(asMember.post("announcements/" + existing + "/" + action, "").status()).as(action).isEqualTo(403);
        }
        assertThat(asMember.get("announcements/" + existing + "/revisions").status()).isEqualTo(403);
        assertThat(anonymous.as(accounts.unverified().token()).post("announcements/suggestions", body).status())
                .as("an unconfirmed email cannot suggest").isEqualTo(403);
        assertThat(anonymous.post("announcements/suggestions", body).status()).isEqualTo(401);

        Api.Reply suggested = asMember.post("announcements/suggestions", body);
        assertThat(suggested.status()).as(suggested.toString()).isEqualTo(201);
        long id = id(suggested.json());
        assertThat(suggested.json().getString("status")).isEqualTo("DRAFT");
        assertThat(suggested.json().getJsonNumber("suggestedBy").longValue()).isEqualTo(member.id());
        assertThat(asMember.get("announcements/" + id).status()).as("drafts stay hidden, even from their suggester").isEqualTo(404);
        assertThat(mod.get("announcements/" + id + "/revisions").json().getJsonArray("items").getJsonObject(0).getString("action"))
                .isEqualTo("SUGGESTED");
        assertThat(ids(mod.get("announcements?status=draft&from=1976-01-01&to=1976-12-31").json())).containsExactly(id);
    }

    @Test
    void invalidAnnouncementsAreRefusedFieldByFieldAndNothingIsStored() {
        Api mod = anonymous.as(accounts.withRole("MODERATOR").token());
        int before = mod.get("announcements?status=draft&size=100").json().getInt("total");

        assertInvalid(mod, payload("", 1977), "title");
        assertInvalid(mod, payload("t".repeat(201), 1977), "title");
        assertInvalid(mod, payload("Member State without country", 1977).add("sourceType", "member-state"), "country");
        assertInvalid(mod, payload("Script link", 1977).add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("url", "javascript:alert(document.cookie)"))), "links[0].url");
        assertInvalid(mod, payload("Malformed link", 1977).add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("url", "https//missing-colon"))), "links[0].url");
        assertInvalid(mod, payload("No link", 1977).add("links", Json.createArrayBuilder()), "links");
        assertInvalid(mod, payload("Long summary", 1977).add("summary", "s".repeat(501)), "summary");
        assertInvalid(mod, payload("Long body", 1977).add("bodyMarkdown", "b".repeat(50_001)), "body");
        assertInvalid(mod, payload("Long issuer", 1977).add("issuingBody", "i".repeat(201)), "issuingBody");
        assertInvalid(mod, payload("Unknown topic", 1977).add("topics", Json.createArrayBuilder().add("masks")), "topics");
        assertInvalid(mod, payload("Bad date", 1977).add("effectiveDate", "20.03.1977"), "effectiveDate");
        assertInvalid(mod, payload("Bad type", 1977).add("topics", "state-aid"), "topics");
        assertInvalid(mod, payload("Bad language", 1977).add("language", "klingon"), "language");

        assertThat(mod.post("announcements", "not json").status()).isEqualTo(400);
        assertThat(mod.post("announcements", "[1,2]").status()).isEqualTo(400);
        assertThat(mod.post("announcements", "text/plain", payload("Plain", 1977).build().toString()).status()).isEqualTo(415);
        assertThat(mod.get("announcements?status=draft&size=100").json().getInt("total")).as("nothing stored").isEqualTo(before);
    }

    @Test
    void anErasedModeratorsNameLeavesRevisionsAndProvenance() {
        Caller leaving = accounts.withRole("MODERATOR");
        Api mod = anonymous.as(leaving.token());
        Api other = anonymous.as(accounts.withRole("MODERATOR").token());
        long id = id(published(mod, payload("Standards made freely available", 1978)));
        assertThat(other.get("announcements/" + id).json().getString("verifiedBy")).isEqualTo("Test MODERATOR");

        assertThat(mod.post("me/erase", "{\"password\":\"" + TestAccounts.PASSWORD + "\"}").status()).isEqualTo(204);

        assertThat(other.get("announcements/" + id).json().getString("verifiedBy")).isEqualTo("Former member");
        List<JsonObject> revisions = other.get("announcements/" + id + "/revisions").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(revisions).extracting(r -> r.getString("editedBy")).containsOnly("Former member");
        JsonObject published = other.get("announcements/" + id + "/revisions/2").json();
        assertThat(published.toString()).contains("Former member").doesNotContain("Test MODERATOR");
    }

    private static void assertInvalid(Api api, jakarta.json.JsonObjectBuilder payload, String field) {
        Api.Reply reply = api.post("announcements", payload.build().toString());
        assertThat(reply.status()).as(field + ": " + reply).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .as(reply.toString()).extracting(e -> e.getString("field")).contains(field);
    }

    static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }
}
