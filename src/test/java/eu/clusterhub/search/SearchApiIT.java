package eu.clusterhub.search;

import eu.clusterhub.testsupport.DeployedPortal;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search API on Payara Micro against MariaDB, the index fed through the outbox:
 * stemming per language, the query language, filters and facets, escaping, visibility,
 * edits visible within a second, and bad input. Each test writes its own unusual words,
 * since the database and index live for the whole run.
 */
class SearchApiIT extends DeployedPortal {

    private Api anonymous;
    private Api member;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        member = anonymous.as(new TestAccounts(anonymous).withRole("MEMBER").token());
    }

    @Test
    void eachTextIsStemmedByItsOwnLanguageAndAccentsAndCaseDoNotMatter() {
        long en = start("en", "Ventilator valve printing", "We print one ventilator valve an hour in PA12.");
        long de = start("de", "Beatmungsgerät gesucht", "Unser Krankenhaus braucht ein Beatmungsgerät für die Intensivstation.");
        long fr = start("fr", "Masques chirurgicaux", "Nous fabriquons des masques chirurgicaux à Lyon.");
        long pl = start("pl", "Respiratory dla szpitala", "Potrzebujemy respiratorów dla szpitala.");

        waitFor("potrzebujemy", hits -> !hits.isEmpty()); // the last one written is indexed: all are
        assertThat(threadIds(search("ventilators"))).contains(en);
        assertThat(threadIds(search("Beatmungsgeräte"))).as("plural finds singular").contains(de);
        assertThat(threadIds(search("BEATMUNGSGERAT"))).as("no umlaut, upper case").contains(de);
        assertThat(threadIds(search("masque"))).contains(fr);
        assertThat(threadIds(search("respirator"))).as("Polish: respiratorów").contains(pl);
    }

    @Test
    void phrasesOrExclusionAndPrefixesWork() {
        long both = start("en", "Zirconia nozzles and gaskets", "Zirconia nozzles for extruders, plus silicone gaskets.");
        long nozzles = start("en", "Zirconia nozzles only", "Spare zirconia nozzles available.");
        waitFor("zirconia", hits -> threadIds(hits).containsAll(List.of(both, nozzles)));

        assertThat(threadIds(search("zirconia gaskets"))).as("all words by default").containsExactly(both);
        assertThat(threadIds(search("zirconia -gaskets"))).containsExactly(nozzles);
        assertThat(threadIds(search("\"silicone gaskets\""))).containsExactly(both);
        assertThat(threadIds(search("\"gaskets silicone\""))).as("a phrase keeps its order").isEmpty();
        assertThat(threadIds(search("zirconi*"))).contains(both, nozzles);
        assertThat(threadIds(search("gaskets OR available"))).contains(both, nozzles);
    }

    @Test
    void filtersTypedOrGivenNarrowTheResultsAndFacetsCountThem() {
        long request = start("en", "Need quasicrystal molds", "Quasicrystal molds wanted for face shields.", "request", "funding");
        long offer = start("en", "Offering quasicrystal molds", "We offer quasicrystal molds.", "offer", "i-can-help");
        reply(offer, "Our quasicrystal molds ship from Turin.");
        JsonObject all = waitForResult("quasicrystal", r -> r.getJsonNumber("total").intValue() >= 3);

        JsonObject facets = all.getJsonObject("facets");
        assertThat(all.getBoolean("totalExact")).isTrue();
        assertThat(all.getBoolean("facetsExact")).as("few hits: every one counted").isTrue();
        assertThat(facets.getJsonObject("kind").getInt("thread")).isEqualTo(2);
        assertThat(facets.getJsonObject("kind").getInt("post")).isEqualTo(1);
        assertThat(facets.getJsonObject("board").getInt("i-can-help")).isEqualTo(2);
        assertThat(facets.getJsonObject("type").getInt("REQUEST")).isEqualTo(1);
        assertThat(facets.getJsonObject("date").getInt("week")).as("written just now").isEqualTo(3);
        assertThat(facets.getJsonObject("date").getInt("year")).isEqualTo(3);
        assertThat(facets.getJsonObject("date").containsKey("older")).isFalse();
        String lastWeek = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(7).toString();
        assertThat(searchWith("quasicrystal", "&from=" + lastWeek).getInt("total")).isEqualTo(3);
        assertThat(searchWith("quasicrystal", "&to=" + lastWeek).getInt("total")).isZero();

        assertThat(threadIds(search("quasicrystal type:request"))).containsExactly(request);
        assertThat(threadIds(searchWith("quasicrystal", "&type=offer&kind=thread"))).containsExactly(offer);
        assertThat(threadIds(search("quasicrystal board:funding"))).containsExactly(request);
        assertThat(hits(searchWith("quasicrystal", "&kind=post")).get(0).getString("url")).contains("/threads/" + offer + "?post=");
        assertThat(threadIds(search("quasicrystal tag:bench"))).contains(request, offer);
        assertThat(hits(search("cura italia country:IT")).get(0).getString("kind")).isEqualTo("announcement");
        assertThat(hits(searchWith("quasicrystal", "&sort=newest")).get(0).getString("kind")).as("the reply is newest").isEqualTo("post");
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() {
        start("en", "Unobtainium welding", "Unobtainium parts <script>alert(1)</script> & <b>bold</b> welding tips.");
        JsonObject hit = hits(waitFor("unobtainium", hits -> !hits.isEmpty())).get(0);
        assertThat(hit.getString("snippet")).contains("<mark>Unobtainium</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script").doesNotContain("<b>");
        assertThat(hit.getString("snippet").replaceAll("</?mark>", "")).doesNotContain("<");
    }

    @Test
    void deletedPostsAndDraftsNeverAppearAndEditsShowWithinASecond() throws Exception {
        long thread = start("en", "Hafnium coating", "We coat with hafnium.");
        JsonObject reply = reply(thread, "Ask about our vanadium offer.");
        long replyId = reply.getJsonNumber("id").longValue();
        waitFor("vanadium", hits -> !hits.isEmpty());

        member.put("posts/" + replyId, "{\"body\":\"Ask about our tungsten offer.\",\"version\":" + reply.getJsonNumber("version") + "}");
        long edited = System.nanoTime();
        waitFor("tungsten", hits -> !hits.isEmpty());
        assertThat((System.nanoTime() - edited) / 1_000_000).as("searchable within a second").isLessThan(1000);
        assertThat(hits(search("vanadium"))).as("the old words are gone").isEmpty();

        member.delete("posts/" + replyId);
        waitFor("tungsten", List::isEmpty);

        Api moderator = anonymous.as(new TestAccounts(anonymous).withRole("MODERATOR").token());
        Api.Reply draft = moderator.post("announcements", Json.createObjectBuilder().add("title", "Draft about molybdenum")
                .add("summary", "Molybdenum draft").add("bodyMarkdown", "Molybdenum").add("sourceType", "european-commission")
                .add("issuingBody", "DG GROW").add("topics", Json.createArrayBuilder().add("medical-equipment"))
                .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Source").add("url", "https://ec.europa.eu/x")))
                .add("effectiveDate", "2020-04-01").build().toString());
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        start("en", "Molybdenum marker", "Written after the draft.");
        waitFor("molybdenum", hits -> !hits.isEmpty());
        assertThat(hits(search("molybdenum"))).extracting(h -> h.getString("kind")).containsOnly("thread");
    }

    @Test
    void rowsLeftInTheOutboxAreAppliedLater() throws Exception {
        long thread = start("en", "Niobium supply", "Niobium first post.");
        waitFor("niobium", hits -> !hits.isEmpty());
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            // as if the application died after committing a change and before indexing it
            sql.executeUpdate("UPDATE forum_thread SET title = 'Scandium supply' WHERE id = " + thread);
            sql.executeUpdate("INSERT INTO search_outbox (entity_kind, entity_id) VALUES ('thread', " + thread + ")");
        }
        assertThat(threadIds(waitFor("scandium", hits -> !hits.isEmpty()))).containsExactly(thread);
    }

    @Test
    void adminsRebuildTheIndexWhileSearchesKeepAnswering() throws Exception {
        start("en", "Lanthanum rebuild marker", "Lanthanum oxide for polishing lenses.");
        long ghostThread = start("en", "Cerium supplier", "Cerium oxide.");
        long ghost = reply(ghostThread, "Cerium ghost reply").getJsonNumber("id").longValue();
        waitFor("ghost", hits -> !hits.isEmpty());
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            // gone from the database without an outbox row, as after restoring a backup: only a rebuild notices
            sql.executeUpdate("UPDATE post SET deleted_at = NOW() WHERE id = " + ghost);
        }
        assertThat(hits(search("ghost"))).hasSize(1);

        assertThat(anonymous.post("admin/search/reindex", "").status()).isEqualTo(401);
        assertThat(member.post("admin/search/reindex", "").status()).isEqualTo(403);
        Api admin = anonymous.as(new TestAccounts(anonymous).adminToken());
        Api.Reply started = admin.post("admin/search/reindex", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.response().headers().firstValue("Location").orElseThrow();
        String job = "admin/search/reindex/" + started.json().getJsonNumber("id");
        assertThat(location).endsWith("/api/" + job);

        boolean answeredMeanwhile = false;
        JsonObject progress = admin.get(job).json();
        long deadline = System.currentTimeMillis() + 60_000;
        while (progress.getString("status").equals("running") && System.currentTimeMillis() < deadline) {
            answeredMeanwhile |= !hits(search("lanthanum")).isEmpty();
            Thread.sleep(100);
            progress = admin.get(job).json();
        }
        assertThat(progress.getString("status")).as(progress.toString()).isEqualTo("finished");
        assertThat(progress.getInt("percent")).isEqualTo(100);
        assertThat(progress.getJsonNumber("removed").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(hits(search("ghost"))).as("the text gone from the database left the index").isEmpty();
        assertThat(hits(search("lanthanum"))).as("everything else is still found").isNotEmpty();
        assertThat(answeredMeanwhile || progress.getJsonNumber("queued").longValue() > 0).isTrue();
        assertThat(admin.get("admin/search/reindex/999999").status()).isEqualTo(404);
        assertThat(admin.get("admin/search/reindex/abc").status()).isEqualTo(404);
        assertThat(member.get(job).status()).isEqualTo(403);
    }

    @Test
    void badInputIsAClearAnswerOrA400NeverA500() {
        assertThat(anonymous.get("search?q=").status()).isEqualTo(200);
        assertThat(anonymous.get("search").status()).isEqualTo(200);
        for (String q : List.of("\"unbalanced", "(open", "close)", "a && || !b", "field:", "*", "?", "\\", "~2 ^3 /regex/", "-", "\"\"")) {
            Api.Reply reply = anonymous.get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(reply.status()).as(q).isEqualTo(200);
        }
        Api.Reply tooLong = anonymous.get("search?q=" + "a".repeat(2_000));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"q\"");
        // 10 kB does not fit in a request line at all: the server refuses it before the application sees it
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var huge = java.net.http.HttpRequest.newBuilder(eu.clusterhub.testsupport.Http.resolve(base, "api/search?q=" + "a".repeat(10_240))).build();
        int status = http.sendAsync(huge, java.net.http.HttpResponse.BodyHandlers.discarding()).join().statusCode();
        assertThat(status).as("a 4xx, never a 500").isBetween(400, 499);
        for (String query : List.of("page=-1", "page=0", "size=10000", "size=x", "sort=random", "from=yesterday", "to=2020-13-01")) {
            Api.Reply reply = anonymous.get("search?q=valve&" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
        }
        var page = eu.clusterhub.testsupport.Http.get(base, "search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&page=-1");
        assertThat(page.statusCode()).as("the page names the problem instead").isEqualTo(200);
        assertThat(page.body()).contains("page: Use a whole number").doesNotContain("<script>alert");
        var valid = eu.clusterhub.testsupport.Http.get(base, "search?q=valve+%22open&sort=newest");
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(eu.clusterhub.testsupport.HtmlChecker.errors(valid.body())).isEmpty();
    }

    @Test
    void hostileQueriesAreRefusedOrKeptCheapAndSayWhetherTheyArePartial() {
        long thread = start("en", "Quenchable zeolite sorbents", "Our zeolite sorbents quench humid exhaust in minutes.");
        waitFor("zeolite", hits -> threadIds(hits).contains(thread));

        StringBuilder prefixes = new StringBuilder();
        for (char a = 'a'; a <= 'z' && prefixes.length() < 990; a++) {
            for (char b = 'a'; b <= 'z' && prefixes.length() < 990; b++) {
                prefixes.append(a).append(b).append("*|");
            }
        }
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("q=" + URLEncoder.encode(prefixes.toString(), StandardCharsets.UTF_8), "\"q\"");
        refused.put("q=zeolite&page=1000&size=50", "\"page\"");
        refused.put("q=zeolite&page=21&size=50", "\"page\"");
        refused.put("q=" + URLEncoder.encode("zeol* quen* sorb* exha* humi*", StandardCharsets.UTF_8), "\"q\"");
        refused.put("q=" + "zeolite+".repeat(33), "\"q\"");
        List<String> answered = List.of("q=zeolite&page=20&size=50", "q=" + URLEncoder.encode("zeolyte~2 \"zeolite exhaust\"~20", StandardCharsets.UTF_8),
                "q=" + URLEncoder.encode("ze* zo* zu* za* zi* zeol*", StandardCharsets.UTF_8), "q=" + URLEncoder.encode("zeol* quen*", StandardCharsets.UTF_8));
        // in parallel, as an attacker would send them
        List<String> all = new java.util.ArrayList<>(refused.keySet());
        all.addAll(answered);
        Map<String, Api.Reply> replies = new java.util.concurrent.ConcurrentHashMap<>();
        all.parallelStream().forEach(query -> replies.put(query, Api.anonymous(base).get("search?" + query)));
        refused.forEach((query, parameter) -> {
            Api.Reply reply = replies.get(query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.body()).as(query).contains(parameter);
        });
        for (String query : answered) {
            Api.Reply reply = replies.get(query);
            assertThat(reply.status()).as(query).isEqualTo(200);
            assertThat(reply.json().getBoolean("partial")).as(query).isFalse();
        }
        // fuzziness and slop are not part of the language: the typo finds nothing, the far phrase not this text
        assertThat(threadIds(replies.get(answered.get(1)).json())).doesNotContain(thread);
        assertThat(threadIds(replies.get(answered.get(3)).json())).contains(thread);
        var page = eu.clusterhub.testsupport.Http.get(base, "search?q=zeolite&page=1000&size=50");
        assertThat(page.body()).contains("page: Results go 1000 hits deep");
    }

    private long start(String language, String title, String body) {
        return start(language, title, body, "experience", "best-practices");
    }

    private long start(String language, String title, String body, String type, String board) {
        Api.Reply created = member.post("boards/" + board + "/threads", Json.createObjectBuilder().add("title", title).add("type", type)
                .add("body", body).add("language", language).add("tags", Json.createArrayBuilder().add("bench")).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonObject reply(long thread, String body) {
        Api.Reply created = member.post("threads/" + thread + "/posts", Json.createObjectBuilder().add("body", body).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private JsonObject search(String q) {
        return searchWith(q, "");
    }

    private JsonObject searchWith(String q, String more) {
        Api.Reply reply = anonymous.get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** The index is written after commit: poll (the outbox relay runs every 200 ms). */
    private JsonObject waitFor(String q, Predicate<List<JsonObject>> done) {
        return waitForResult(q, result -> done.test(hits(result)));
    }

    private JsonObject waitForResult(String q, Predicate<JsonObject> done) {
        long deadline = System.currentTimeMillis() + 5_000;
        JsonObject result = search(q);
        while (!done.test(result) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            result = search(q);
        }
        assertThat(done.test(result)).as("search for " + q + " within 5 s: " + result).isTrue();
        return result;
    }

    private static List<JsonObject> hits(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    private static List<Long> threadIds(JsonObject result) {
        return threadIds(hits(result));
    }

    private static List<Long> threadIds(List<JsonObject> hits) {
        return hits.stream().filter(h -> !h.isNull("threadId")).map(h -> h.getJsonNumber("threadId").longValue()).distinct().toList();
    }
}
