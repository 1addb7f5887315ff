package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.HtmlChecker;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Offers and needs in the search, published through their API by a member of an
 * organisation and found within a second or two: by their words, by kind, by category (an
 * ancestor's slug finds them too), certification and country, as filters and as facets; a
 * closed offer leaves the index, and a rebuild reads listings from the database as well.
 * Each test writes a word of its own (the database and index live for the whole run).
 */
class ListingSearchIT extends DeployedPortal {

    private Api anonymous;
    private Api member;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        member = anonymous.as(new TestAccounts(anonymous).withRole("MEMBER").token());
        JsonObject me = member.get("me").json();
        assertThat(me.containsKey("organisation") && !me.isNull("organisation")).as("listings are published for an organisation: " + me).isTrue();
    }

    @Test
    void listingsAreFoundByWordsKindCategoryCertificationAndCountry() {
        Map<String, JsonObject> products = bySlug(anonymous.get("products").structure().asJsonArray());
        assertThat(products.get("ffp2-masks").getString("parent")).isEqualTo("masks");
        assertThat(products.get("masks").getString("parent")).isEqualTo("protective-equipment");
        Map<String, JsonObject> certifications = bySlug(anonymous.get("certifications").structure().asJsonArray());
        assertThat(certifications).containsKey("en-149");

        String word = uniqueWord("filtrix");
        long german = offer("ffp2-masks", "Atemschutzmasken FFP2 " + word, "Wir nähen **50.000** " + word
                + " Atemschutzmasken pro Woche, geprüft nach EN 149.", List.of("en-149"), List.of("AT", "DE"), "de");
        long everywhere = offer("surgical-masks", "Surgical masks " + word, "Type IIR surgical masks, " + word + " layer.",
                List.of(), null, "en");
        long need = need("ffp2-masks", "FFP2-Masken " + word + " gesucht", "Unser Krankenhaus braucht 2.000 " + word
                + " Masken.", "IT", List.of("en-149"), "de");
        long published = System.nanoTime();
        JsonObject all = waitFor(word, "", r -> listingIds(r, "offer").size() == 2
                && listingIds(r, "need").size() == 1);
        long tookMs = (System.nanoTime() - published) / 1_000_000;
        assertThat(tookMs).as("searchable within about a second").isLessThan(2_000);

        // hits lead to the listings' pages and show the organisation
        List<JsonObject> listings = hits(search(word, "&kind=offer"));
        assertThat(listings).extracting(h -> h.getString("url")).containsExactlyInAnyOrder("/offers/" + german, "/offers/" + everywhere);
        assertThat(listings).allSatisfy(h -> {
            assertThat(h.isNull("threadId")).isTrue();
            assertThat(h.isNull("board")).isTrue();
            assertThat(h.getString("organisation")).isNotBlank();
        });
        JsonObject needHit = hits(search(word, "&kind=need")).get(0);
        assertThat(needHit.getString("url")).isEqualTo("/needs/" + need);
        assertThat(needHit.getString("language")).isEqualTo("de");
        assertThat(needHit.getString("snippet")).as("the description, marked").contains("<mark>" + word + "</mark>");
        assertThat(listings).filteredOn(h -> h.getString("url").equals("/offers/" + german)).singleElement()
                .satisfies(h -> assertThat(h.getString("snippet")).as("Markdown as plain text").contains("50.000").doesNotContain("**"));
        assertThat(all.getJsonObject("facets").getJsonObject("kind").getInt("offer")).isEqualTo(2);
        assertThat(all.getJsonObject("facets").getJsonObject("kind").getInt("need")).isEqualTo(1);

        // German words found by their stems
        assertThat(listingIds(search("Atemschutzmaske " + word, ""), "offer")).containsExactly(german);

        // facets of the listings: categories with their ancestors, certifications, countries
        JsonObject facets = search(word, "&kind=offer").getJsonObject("facets");
        assertThat(facets.getJsonObject("category")).containsOnlyKeys("ffp2-masks", "surgical-masks", "masks", "protective-equipment");
        assertThat(facets.getJsonObject("category").getInt("masks")).isEqualTo(2);
        assertThat(facets.getJsonObject("category").getInt("ffp2-masks")).isEqualTo(1);
        assertThat(facets.getJsonObject("certification").getInt("en-149")).isEqualTo(1);
        assertThat(facets.getJsonObject("country").getInt("AT")).as("the German offer and the one for all of the EU").isEqualTo(2);
        assertThat(facets.getJsonObject("country").getInt("DE")).isEqualTo(2);
        assertThat(facets.getJsonObject("country")).as("30 countries counted, the 20 most frequent shown").hasSize(20);
        JsonObject needFacets = search(word, "&kind=need").getJsonObject("facets");
        assertThat(needFacets.getJsonObject("country")).containsOnlyKeys("IT");
        assertThat(needFacets.getJsonObject("category").getInt("protective-equipment")).isEqualTo(1);

        // filters, as parameters or typed into the box
        assertThat(ids(search(word, "&category=masks"))).as("an ancestor's slug").containsExactlyInAnyOrder(german, everywhere, need);
        assertThat(ids(search(word, "&category=protective-equipment"))).containsExactlyInAnyOrder(german, everywhere, need);
        assertThat(ids(search(word + " category:ffp2-masks", ""))).containsExactlyInAnyOrder(german, need);
        assertThat(ids(search(word + " category:FFP2-Masks kind:offer", ""))).containsExactly(german);
        assertThat(ids(search(word, "&certification=en-149&kind=need"))).containsExactly(need);
        assertThat(ids(search(word + " certification:en-149", ""))).containsExactlyInAnyOrder(german, need);
        assertThat(listingIds(search(word, "&country=at"), "offer")).containsExactlyInAnyOrder(german, everywhere);
        assertThat(listingIds(search(word + " country:FR", ""), "offer")).containsExactly(everywhere);
        assertThat(listingIds(search(word, "&country=NO"), "offer")).as("EEA countries too").containsExactly(everywhere);
        assertThat(ids(search(word, "&country=IT&kind=need"))).containsExactly(need);
        assertThat(ids(search(word, "&country=DE&kind=need"))).isEmpty();

        // unknown values match nothing; bad syntax is still a 400
        assertThat(search(word, "&category=no-such-category").getInt("total")).isZero();
        assertThat(search(word, "&certification=" + URLEncoder.encode("<x>\"'", StandardCharsets.UTF_8)).getInt("total")).isZero();
        assertThat(anonymous.get("search?q=" + word + "&category=masks&size=x").status()).isEqualTo(400);

        // the page: facets with readable names, kept in the links, everything escaped
        var page = Http.get(base, "search?q=" + word + "&kind=offer");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"facet-category\"").contains(">FFP2 masks</a>").contains(">Masks</a>")
                .contains("id=\"facet-certification\"").contains(">" + certifications.get("en-149").getString("name")
                        .replace("&", "&amp;") + "</a>")
                .contains("category=masks").contains("kind=offer").contains("/offers/" + german);
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        var narrowed = Http.get(base, "search?q=" + URLEncoder.encode(word + " category:ffp2-masks", StandardCharsets.UTF_8));
        assertThat(narrowed.body()).contains("/offers/" + german).contains("/needs/" + need).doesNotContain("/offers/" + everywhere);
    }

    @Test
    void aClosedOfferLeavesTheIndexAndARebuildReadsListingsFromTheDatabase() throws Exception {
        String word = uniqueWord("gasketrix");
        long closed = offer("ffp3-masks", "FFP3 masks " + word, "Valved FFP3 masks, " + word + " series.", List.of(), List.of("IT"), "en");
        long kept = offer("ffp3-masks", "FFP3 masks " + word + " without valve", "Unvalved " + word + " FFP3 masks.", List.of(),
                List.of("IT"), "en");
        long need = need("ffp3-masks", "FFP3 masks " + word + " wanted", "We need " + word + " FFP3 masks in Milan.", "IT",
                List.of(), "en");
        waitFor(word, "&kind=offer", r -> ids(r).size() == 2);

        Api.Reply close = member.delete("offers/" + closed);
        assertThat(close.status()).as(close.toString()).isEqualTo(200);
        assertThat(waitFor(word, "&kind=offer", r -> ids(r).size() == 1).getJsonArray("hits").getJsonObject(0).getString("url"))
                .isEqualTo("/offers/" + kept);

        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            // changed behind the application's back, as after restoring a backup: only a rebuild notices
            sql.executeUpdate("UPDATE need SET status = 'EXPIRED' WHERE id = " + need);
            sql.executeUpdate("UPDATE offer SET title = 'FFP3 masks " + word + " reread' WHERE id = " + kept);
        }
        assertThat(ids(search(word, "&kind=need"))).containsExactly(need);
        Api admin = anonymous.as(new TestAccounts(anonymous).adminToken());
        Api.Reply started = admin.post("admin/search/reindex", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String job = "admin/search/reindex/" + started.json().getJsonNumber("id");
        JsonObject progress = admin.get(job).json();
        long deadline = System.currentTimeMillis() + 60_000;
        while (progress.getString("status").equals("running") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            progress = admin.get(job).json();
        }
        assertThat(progress.getString("status")).as(progress.toString()).isEqualTo("finished");
        assertThat(ids(search(word, "&kind=need"))).as("the expired need left the index").isEmpty();
        assertThat(hits(search(word, "&kind=offer"))).singleElement().satisfies(hit -> {
            assertThat(hit.getString("url")).isEqualTo("/offers/" + kept);
            assertThat(hit.getString("title")).endsWith("reread");
        });
    }

    private long offer(String category, String title, String description, List<String> certifications, List<String> countries,
                       String language) {
        var body = Json.createObjectBuilder().add("category", category).add("title", title).add("description", description)
                .add("capacityPerWeek", 50_000).add("unit", "pieces").add("leadTimeDays", 7).add("minimumOrder", 100)
                .add("certifications", array(certifications))
                .add("validUntil", LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString()).add("language", language);
        if (countries == null) {
            body.add("countries", "EU");
        } else {
            body.add("countries", array(countries));
        }
        Api.Reply created = member.post("offers", body.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long need(String category, String title, String description, String country, List<String> certifications, String language) {
        Api.Reply created = member.post("needs", Json.createObjectBuilder().add("category", category).add("title", title)
                .add("description", description).add("quantity", 2_000).add("unit", "pieces")
                .add("neededBy", LocalDate.now(ZoneOffset.UTC).plusWeeks(2).toString()).add("country", country)
                .add("certifications", array(certifications)).add("language", language).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    /** A made-up word no other test writes, the same in every language's stems (it ends in x). */
    private static String uniqueWord(String stem) {
        StringBuilder word = new StringBuilder(stem);
        String letters = "bcdfghjklmnpqrstvwz";
        for (int i = 0; i < 5; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.append('x').toString();
    }

    private static Map<String, JsonObject> bySlug(JsonArray list) {
        Map<String, JsonObject> bySlug = new HashMap<>();
        list.getValuesAs(JsonObject.class).forEach(o -> bySlug.put(o.getString("slug"), o));
        return bySlug;
    }

    private JsonObject search(String q, String more) {
        Api.Reply reply = anonymous.get("search?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** The index is written after commit: poll (the outbox relay runs every 200 ms). */
    private JsonObject waitFor(String q, String more, Predicate<JsonObject> done) {
        long deadline = System.currentTimeMillis() + 5_000;
        JsonObject result = search(q, more);
        while (!done.test(result) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            result = search(q, more);
        }
        assertThat(done.test(result)).as("search for " + q + more + " within 5 s: " + result).isTrue();
        return result;
    }

    private static List<JsonObject> hits(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    /** The ids of the hits that are listings (offers or needs; their discussion threads are found too). */
    private static List<Long> ids(JsonObject result) {
        return hits(result).stream().filter(h -> List.of("offer", "need").contains(h.getString("kind")))
                .map(h -> h.getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> listingIds(JsonObject result, String kind) {
        return hits(result).stream().filter(h -> h.getString("kind").equals(kind)).map(h -> h.getJsonNumber("id").longValue()).toList();
    }
}
