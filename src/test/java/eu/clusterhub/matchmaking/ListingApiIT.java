package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offers and needs over HTTP on Payara Micro and MariaDB: lifecycle, versions, roles, bad input, matches both ways. */
class ListingApiIT extends DeployedPortal {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    static JsonObjectBuilder offer(String category, String title, String description, long perWeek, int leadDays,
                                   List<String> certifications, List<String> countries, String language) {
        return Json.createObjectBuilder().add("category", category).add("title", title).add("description", description)
                .add("capacityPerWeek", perWeek).add("leadTimeDays", leadDays).add("minimumOrder", 0)
                .add("certifications", array(certifications)).add("countries", array(countries))
                .add("validUntil", TODAY.plusDays(90).toString()).add("language", language);
    }

    static JsonObjectBuilder need(String category, String title, String description, long quantity, int daysAhead,
                                  String country, List<String> certifications, String language) {
        return Json.createObjectBuilder().add("category", category).add("title", title).add("description", description)
                .add("quantity", quantity).add("neededBy", TODAY.plusDays(daysAhead).toString()).add("country", country)
                .add("certifications", array(certifications)).add("language", language);
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Api member() {
        return anonymous.as(accounts.withRole("MEMBER").token());
    }

    private static long id(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void anOfferIsPublishedWithItsThreadEditedWithAVersionAndClosedByItsOwner() {
        Api owner = member();
        Api.Reply created = owner.post("offers", offer("ffp2-masks", "FFP2 masks, 5,000 a week",
                "EN 149 certified masks <script>alert(1)</script> from our **Brescia** plant.", 5000, 3,
                List.of("en-149", "ce-marking"), List.of("IT", "AT"), "en").build().toString());
        long id = id(created);
        assertThat(created.response().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/offers/" + id));

        JsonObject read = anonymous.get("offers/" + id).json();
        assertThat(read.getString("status")).isEqualTo("open");
        assertThat(read.getString("unit")).isEqualTo("pieces");
        assertThat(read.getString("descriptionHtml")).contains("<strong>Brescia</strong>").doesNotContain("<script");
        assertThat(read.getJsonArray("certifications").getValuesAs(JsonString::getString)).containsExactlyInAnyOrder("en-149", "ce-marking");
        assertThat(read.getJsonArray("countries").getValuesAs(JsonString::getString)).containsExactly("AT", "IT");
        assertThat(read.getJsonObject("owner").getString("organisation")).isEqualTo("Precision Valves SpA");
        assertThat(read.getJsonObject("owner").containsKey("email")).isFalse();

        JsonObject thread = anonymous.get("threads/" + read.getJsonNumber("threadId").longValue()).json();
        assertThat(thread.getString("board")).isEqualTo("i-can-help");
        assertThat(thread.getString("type")).isEqualTo("OFFER");
        assertThat(thread.getJsonArray("posts").getJsonObject(0).getString("bodyHtml")).contains("/offers/" + id);

        assertThat(anonymous.get("offers?category=masks&country=AT&certification=en-149&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(o -> o.getJsonNumber("id").longValue()).contains(id);
        assertThat(anonymous.get("offers?country=FR&category=masks&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(o -> o.getJsonNumber("id").longValue()).doesNotContain(id);

        long version = read.getJsonNumber("version").longValue();
        JsonObject edit = offer("ffp2-masks", "FFP2 masks, 8,000 a week", "Second line running.", 8000, 3,
                List.of("en-149"), List.of("EU"), "en").add("version", version).add("status", "paused").build();
        Api.Reply edited = owner.put("offers/" + id, edit.toString());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getString("status")).isEqualTo("paused");
        assertThat(edited.json().getBoolean("allCountries")).isTrue();
        assertThat(edited.json().getJsonNumber("capacityPerWeek").longValue()).isEqualTo(8000);

        JsonObject revision = anonymous.get("offers/" + id + "/revisions").json().getJsonArray("items").getJsonObject(0);
        assertThat(revision.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(revision.getJsonObject("before").getString("title")).isEqualTo("FFP2 masks, 5,000 a week");
        assertThat(revision.getJsonObject("before").containsKey("owner")).isFalse();

        Api.Reply stale = owner.put("offers/" + id, edit.toString());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        Api.Reply others = member().put("offers/" + id, Json.createObjectBuilder(edit).add("version", version + 1).build().toString());
        assertThat(others.status()).as(others.toString()).isEqualTo(403);
        assertThat(member().delete("offers/" + id).status()).isEqualTo(403);
        assertThat(anonymous.delete("offers/" + id).status()).isEqualTo(401);

        Api.Reply closed = owner.delete("offers/" + id);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(anonymous.get("offers/" + id).json().getString("status")).isEqualTo("closed");
        Api.Reply afterClosing = owner.put("offers/" + id, Json.createObjectBuilder(edit).add("version", version + 2).build().toString());
        assertThat(afterClosing.status()).as(afterClosing.toString()).isEqualTo(409);
        assertThat(afterClosing.json().getString("title")).isEqualTo("Listing closed");
        assertThat(anonymous.get("offers/" + id).json().getString("title")).isEqualTo("FFP2 masks, 8,000 a week");
    }

    @Test
    void aNeedIsEditedByItsOwnerAndClosedByAModeratorAndTitlesStayText() {
        Api owner = member();
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        String title = "Gloves <img src=x onerror=alert(1)> for Graz";
        long id = id(owner.post("needs", need("disposable-gloves", title, "Nitrile, size M and L.", 50_000, 20, "AT",
                List.of("en-455"), "de").build().toString()));
        JsonObject read = anonymous.get("needs/" + id).json();
        assertThat(read.getString("title")).isEqualTo(title);
        assertThat(read.getString("unit")).isEqualTo("pairs");
        assertThat(read.getString("status")).isEqualTo("open");
        String page = eu.clusterhub.testsupport.Http.get(base, "needs/" + id).body();
        assertThat(page).contains("Gloves &lt;img src=x onerror=alert(1)&gt; for Graz").doesNotContain("<img src=x");

        JsonObject edit = need("disposable-gloves", "Nitrile gloves for Graz", "Nitrile, size M and L.", 60_000, 25, "AT",
                List.of("en-455"), "de").add("version", read.getJsonNumber("version").longValue()).build();
        assertThat(moderator.put("needs/" + id, edit.toString()).status()).as("moderators close, they do not edit").isEqualTo(403);
        Api.Reply edited = owner.put("needs/" + id, edit.toString());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getJsonNumber("quantity").longValue()).isEqualTo(60_000);

        assertThat(moderator.delete("needs/" + id).status()).isEqualTo(200);
        assertThat(anonymous.get("needs/" + id).json().getString("status")).isEqualTo("closed");
        assertThat(anonymous.get("needs?status=closed&country=AT&size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(n -> n.getJsonNumber("id").longValue()).contains(id);
        assertThat(anonymous.get("needs?country=AT&size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(n -> n.getJsonNumber("id").longValue()).doesNotContain(id);
        assertThat(anonymous.get("needs/" + id + "/matches").json().getJsonArray("items")).isEmpty();
    }

    @Test
    void aMembersListingsAreInTheirExportAndCloseWhenTheAccountIsErased() {
        TestAccounts.Caller member = accounts.withRole("MEMBER");
        Api owner = anonymous.as(member.token());
        long offer = id(owner.post("offers", offer("gowns", "Isolation gowns, EN 13795", "Reusable.", 3000, 5, List.of("en-13795"),
                List.of("EU"), "en").build().toString()));
        long need = id(owner.post("needs", need("swabs", "Swabs for Tartu", "Flocked swabs.", 5000, 20, "EE", List.of(), "en")
                .build().toString()));

        JsonObject export = owner.get("me/export").json().getJsonObject("matchmaking");
        assertThat(export.getJsonArray("offers").getValuesAs(JsonObject.class)).extracting(o -> o.getJsonNumber("id").longValue())
                .containsExactly(offer);
        assertThat(export.getJsonArray("needs").getValuesAs(JsonObject.class)).extracting(n -> n.getString("title"))
                .containsExactly("Swabs for Tartu");

        Api.Reply erased = owner.post("me/erase", "{\"password\":\"" + TestAccounts.PASSWORD + "\"}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        JsonObject closedOffer = anonymous.get("offers/" + offer).json();
        assertThat(closedOffer.getString("status")).isEqualTo("closed");
        assertThat(closedOffer.getJsonObject("owner").getString("displayName")).isEqualToIgnoringCase("Deleted user");
        assertThat(closedOffer.getJsonObject("owner").get("organisation")).isEqualTo(jakarta.json.JsonValue.NULL);
        assertThat(anonymous.get("needs/" + need).json().getString("status")).isEqualTo("closed");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        Api owner = member();
        long before = anonymous.get("offers?status=all&size=1").json().getJsonNumber("total").longValue();
        Api.Reply bad = owner.post("offers", offer("no-such-category", "x", "", -5, 900, List.of("en-999"), List.of("US"), "xx")
                .add("validUntil", TODAY.minusDays(1).toString()).build().toString());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("category", "title", "description", "capacityPerWeek", "leadTimeDays", "certifications", "countries",
                        "validUntil", "language");
        Api.Reply absurd = owner.post("offers", offer("ffp2-masks", "Absurd capacity", "Too many", 1, 0, List.of(), List.of(), "en")
                .add("capacityPerWeek", new java.math.BigDecimal("1e30")).build().toString());
        assertThat(absurd.status()).as(absurd.toString()).isEqualTo(400);
        assertThat(absurd.body()).contains("capacityPerWeek");
        Api.Reply pastNeed = owner.post("needs", need("ffp2-masks", "Masks for yesterday", "Too late", 100, -1, "IT", List.of(), "en")
                .build().toString());
        assertThat(pastNeed.status()).isEqualTo(400);
        assertThat(pastNeed.body()).contains("neededBy").contains("after today");
        Api.Reply region = owner.post("needs", need("ffp2-masks", "Masks for Lombardy", "Wrong region", 100, 5, "IT", List.of(), "en")
                .add("region", "DE21").add("quantity", 0).build().toString());
        assertThat(region.status()).isEqualTo(400);
        assertThat(region.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("region", "quantity");
        assertThat(anonymous.get("offers?status=all&size=1").json().getJsonNumber("total").longValue()).isEqualTo(before);
        assertThat(anonymous.post("offers", offer("ffp2-masks", "Anonymous offer", "x", 1, 0, List.of(), List.of(), "en")
                .build().toString()).status()).isEqualTo(401);
        assertThat(owner.post("offers", "[1,2]").status()).isEqualTo(400);
        assertThat(anonymous.get("offers/abc").status()).isEqualTo(404);
        assertThat(anonymous.get("offers/999999999").status()).isEqualTo(404);
        assertThat(anonymous.get("needs?category=nope").status()).isEqualTo(400);
        assertThat(anonymous.get("needs?size=101").status()).isEqualTo(400);
        String unconfirmed = accounts.unverified().token();
        assertThat(anonymous.as(unconfirmed).post("offers", offer("ffp2-masks", "Unconfirmed offer", "x", 1, 0, List.of(),
                List.of(), "en").build().toString()).status()).isEqualTo(403);
    }

    @Test
    void aNeedFindsRankedOffersWithReasonsAcrossLanguagesAndTheFewestThatCoverIt() {
        // Luxembourg and ISO 10993 keep other tests' listings out of this need's matches
        Api buyer = member();
        long need = id(buyer.post("needs", need("ventilator-valves", "Valvole per ventilatori polmonari",
                "Servono valvole di espirazione per i ventilatori dell'ospedale.", 1000, 15, "LU",
                List.of("iso-10993"), "it").add("region", "LU00").build().toString()));
        Api supplierA = member();
        Api supplierB = member();
        Api supplierC = member();
        long german = id(supplierA.post("offers", offer("ventilator-valves", "Beatmungsventile aus dem 3D-Drucker",
                "Wir drucken Ausatemventile für Beatmungsgeräte.", 280, 1, List.of("iso-10993", "iso-13485"), List.of("EU"), "de")
                .build().toString()));
        long italian = id(supplierB.post("offers", offer("ventilator-parts", "Valvole per ventilatori, stampa 3D",
                "Produciamo valvole per ventilatori polmonari.", 350, 2, List.of("iso-10993"), List.of("LU", "IT"), "it")
                .build().toString()));
        long noCertificate = id(supplierC.post("offers", offer("ventilator-valves", "Valves without ISO 10993",
                "Exhalation valves.", 5000, 1, List.of(), List.of("EU"), "en").build().toString()));
        long otherCountry = id(supplierC.post("offers", offer("ventilator-valves", "Valves for Germany only",
                "Exhalation valves.", 5000, 1, List.of("iso-10993"), List.of("DE"), "en").build().toString()));

        JsonObject matches = anonymous.get("needs/" + need + "/matches").json();
        List<JsonObject> items = matches.getJsonArray("items").getValuesAs(JsonObject.class);
        List<Long> ids = items.stream().map(m -> m.getJsonObject("offer").getJsonNumber("id").longValue()).toList();
        assertThat(ids).contains(german).doesNotContain(noCertificate, otherCountry);
        // the parent category "ventilator parts" does not serve a need for valves: only its children serve their parents
        assertThat(ids).doesNotContain(italian);
        JsonObject germanMatch = items.get(ids.indexOf(german));
        assertThat(germanMatch.getJsonArray("reasons").getValuesAs(JsonString::getString))
                .contains("ISO 10993 ✓", "ships across the EU/EEA").anySatisfy(r -> assertThat(r).startsWith("covers "));
        assertThat(germanMatch.getJsonObject("coverage").getInt("percent")).isBetween(1, 99);

        // the reverse: the German offer sees the Italian need
        List<Long> needs = anonymous.get("offers/" + german + "/matches?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getJsonObject("need").getJsonNumber("id").longValue()).toList();
        assertThat(needs).contains(need);

        // no single offer covers 1,000 valves in two weeks: two together do
        long second = id(supplierB.post("offers", offer("ventilator-valves", "Valvole di espirazione",
                "Valvole di espirazione per ventilatori polmonari, stampate in 3D.", 400, 1, List.of("iso-10993"),
                List.of("LU"), "it").build().toString()));
        // the text score comes from the search index, which has a new offer within about a second
        JsonObject again = anonymous.get("needs/" + need + "/matches").json();
        for (long deadline = System.nanoTime() + 5_000_000_000L; !again.toString().contains("similar description")
                && System.nanoTime() < deadline; ) {
            sleep(100);
            again = anonymous.get("needs/" + need + "/matches").json();
        }
        JsonObject combination = again.getJsonObject("combination");
        assertThat(combination.getJsonObject("coverage").getInt("percent")).isEqualTo(100);
        assertThat(combination.getJsonArray("offers").getValuesAs(JsonObject.class))
                .extracting(o -> o.getJsonNumber("id").longValue()).containsExactlyInAnyOrder(german, second);
        List<JsonObject> ranked = again.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject top = ranked.get(0);
        assertThat(top.getJsonObject("offer").getJsonNumber("id").longValue())
                .as("the Italian offer covers more and shares the need's words").isEqualTo(second);
        assertThat(top.getJsonArray("reasons").getValuesAs(JsonString::getString)).contains("similar description", "ships to LU");
        assertThat(anonymous.get("needs/" + need + "/matches?page=0").status()).isEqualTo(400);
        assertThat(anonymous.get("needs/424242424/matches").status()).isEqualTo(404);
    }
}
