package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.HtmlChecker;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /api/matchmaking over HTTP: the public summary as needs and offers are published and
 * closed through the API, its filters, and the moderators' exports. The deployment is shared,
 * so every figure is checked as the change this test made, never as an absolute count.
 */
class OverviewApiIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;
    private Api member;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
        member = anonymous.as(accounts.withRole("MEMBER").token());
    }

    @Test
    void theSummaryAddsOpenNeedAndWeeklyCapacityPerCategoryAndCountryAndCountsEveryOfferOnceInTotals() {
        // goggles are this test's own: an all-EU/EEA goggles offer of another test would show
        // in every new country row here (rows appear where there is need or named capacity)
        String children = "summary?category=eye-and-face-protection";
        JsonObject topBefore = summary("summary");
        JsonObject allBefore = summary(children);
        JsonObject maltaBefore = summary(children + "&country=mt");

        long first = need("goggles", "Goggles for the Mater Dei wards", 1000, "MT");
        need("goggles", "Goggles for the laboratories", 500, "MT");
        long shields = need("face-shields", "Face shields for ambulances", 200, "MT");
        offer("goggles", "Safety goggles from our moulding line", 300, "[\"MT\",\"CY\"]");
        offer("goggles", "Goggles for anyone in the EU", 50, "\"EU\"");

        JsonObject malta = summary(children + "&country=MT");
        assertThat(malta.getString("category")).isEqualTo("eye-and-face-protection");
        assertThat(malta.getString("country")).isEqualTo("MT");
        assertThat(delta(malta, maltaBefore, "goggles", "MT", "need")).isEqualTo(1500);
        assertThat(delta(malta, maltaBefore, "goggles", "MT", "capacityPerWeek")).as("the EU-wide offer serves Malta too").isEqualTo(350);
        assertThat(delta(malta, maltaBefore, "goggles", "MT", "gap")).isEqualTo(1150);
        assertThat(delta(malta, maltaBefore, "goggles", "MT", "needs")).isEqualTo(2);
        assertThat(delta(malta, maltaBefore, "face-shields", "MT", "need")).isEqualTo(200);
        assertThat(malta.getJsonArray("rows").getValuesAs(JsonObject.class)).allSatisfy(r -> assertThat(r.getString("country")).isEqualTo("MT"));
        assertThat(row(malta, "goggles", "MT").orElseThrow().getString("categoryName")).isEqualTo("Safety goggles");
        assertThat(row(malta, "goggles", "MT").orElseThrow().getString("unit")).isEqualTo("pieces");

        JsonObject all = summary(children);
        assertThat(delta(all, allBefore, "goggles", "CY", "capacityPerWeek")).isEqualTo(350);
        assertThat(delta(all, allBefore, "goggles", "MT", "capacityPerWeek")).isEqualTo(350);
        assertThat(totalDelta(all, allBefore, "goggles", "capacityPerWeek")).as("each offer once over all countries").isEqualTo(350);
        assertThat(totalDelta(all, allBefore, "goggles", "need")).isEqualTo(1500);
        assertThat(totalDelta(all, allBefore, "face-shields", "need")).isEqualTo(200);

        JsonObject top = summary("summary");
        assertThat(top.get("category")).isEqualTo(jakarta.json.JsonValue.NULL);
        assertThat(top.getJsonArray("totals").getValuesAs(JsonObject.class)).extracting(t -> t.getString("category"))
                .as("top-level categories only").doesNotContain("goggles", "eye-and-face-protection");
        assertThat(totalDelta(top, topBefore, "protective-equipment", "need")).isEqualTo(1700);
        assertThat(totalDelta(top, topBefore, "protective-equipment", "capacityPerWeek")).isEqualTo(350);

        List<JsonObject> oldest = malta.getJsonArray("oldestUnmet").getValuesAs(JsonObject.class);
        List<Long> ids = oldest.stream().map(n -> n.getJsonNumber("id").longValue()).toList();
        assertThat(ids).contains(first, shields);
        assertThat(ids.indexOf(first)).as("oldest first").isLessThan(ids.indexOf(shields));
        JsonObject goggles = oldest.get(ids.indexOf(first));
        assertThat(goggles.getString("title")).isEqualTo("Goggles for the Mater Dei wards");
        assertThat(goggles.getJsonNumber("remaining").longValue()).isEqualTo(1000);
        assertThat(goggles.getString("url")).isEqualTo("/needs/" + first);
        assertThat(goggles.getString("neededBy")).isEqualTo(in(30));

        // a closed need is no longer open need
        assertThat(member.delete("needs/" + shields).status()).isEqualTo(200);
        JsonObject afterClose = summary(children + "&country=MT");
        assertThat(delta(afterClose, maltaBefore, "face-shields", "MT", "need")).isZero();
        assertThat(afterClose.getJsonArray("oldestUnmet").getValuesAs(JsonObject.class))
                .noneSatisfy(n -> assertThat(n.getJsonNumber("id").longValue()).isEqualTo(shields));
    }

    @Test
    void unknownFiltersAreRefusedWithTheFieldNamed() {
        for (String query : List.of("category=no-such-thing", "country=US", "country=XX", "category=" + "x".repeat(300))) {
            Api.Reply reply = anonymous.get("matchmaking/summary?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(anonymous.get("matchmaking/summary?category=&country=").status()).as("empty means no filter").isEqualTo(200);
    }

    @Test
    void exportsAreForModeratorsAndAdminsOnly() {
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        Api admin = anonymous.as(accounts.adminToken());
        for (String export : List.of("matchmaking/export.csv", "matchmaking/export.json")) {
            assertThat(anonymous.get(export).status()).as(export).isEqualTo(401);
            assertThat(anonymous.get(export + "?country=XX").status()).as("who comes before what").isEqualTo(401);
            assertThat(member.get(export).status()).as(export).isEqualTo(403);
            assertThat(moderator.get(export).status()).as(export).isEqualTo(200);
            assertThat(admin.get(export).status()).as(export).isEqualTo(200);
            assertThat(moderator.get(export + "?country=XX").status()).isEqualTo(400);
        }
        assertThat(anonymous.get("matchmaking/summary").status()).isEqualTo(200);
        assertThat(member.get("matchmaking/summary").status()).isEqualTo(200);
    }

    @Test
    void theCsvExportReadsBackAndNoCellRunsAsAFormula() throws Exception {
        long id = need("goggles", "=1+1, \"quoted\"", 800, "LU");
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());

        Api.Reply csv = moderator.get("matchmaking/export.csv?category=goggles&country=LU");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(csv.response().headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"clusterhub-needs-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        assertThat(csv.body()).contains("\"'=1+1, \"\"quoted\"\"\"").contains("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        CSVRecord record = records.stream().filter(r -> r.get("id").equals(Long.toString(id))).findFirst().orElseThrow();
        assertThat(record.get("title")).isEqualTo("'=1+1, \"quoted\"");
        assertThat(record.get("category")).isEqualTo("goggles");
        assertThat(record.get("country")).isEqualTo("LU");
        assertThat(record.get("quantity")).isEqualTo("800");
        assertThat(record.get("pledged")).isEqualTo("0");
        assertThat(record.get("remaining")).isEqualTo("800");
        assertThat(record.get("unit")).isEqualTo("pieces");
        assertThat(record.get("needed_by")).isEqualTo(in(30));
        assertThat(record.get("status")).isEqualTo("open");
        assertThat(record.get("organisation")).isEqualTo("Precision Valves SpA");
        assertThat(records).allSatisfy(r -> assertThat(r.get("country")).isEqualTo("LU"));

        Api.Reply json = moderator.get("matchmaking/export.json?category=goggles&country=LU");
        assertThat(json.status()).isEqualTo(200);
        JsonObject item = json.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(item.getString("title")).as("JSON is no spreadsheet: the text as written").isEqualTo("=1+1, \"quoted\"");
        assertThat(item.getJsonNumber("remaining").longValue()).isEqualTo(800);
        assertThat(json.json().getInt("total")).isEqualTo(records.size());
    }

    @Test
    void thePageIsValidHtmlMakesNoSessionAndEscapesTitles() {
        need("goggles", "<b>Goggles</b> & \"visors\"", 70, "IS");

        summary("summary?country=IS&category=goggles");
        HttpResponse<String> page = Http.get(base, "matchmaking?country=IS&category=goggles");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).as("reading makes no session").isEmpty();
        assertThat(page.body()).doesNotContain("jakarta.faces.ViewState");
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        assertThat(page.body()).contains("ln=primefaces").contains("overview-chart_canvas")
                .contains("&lt;b&gt;Goggles&lt;/b&gt; &amp; \"visors\"").doesNotContain("<b>Goggles</b>");
        assertThat(page.body()).as("exports are for moderators").doesNotContain("export.csv");

        HttpResponse<String> refused = Http.get(base, "matchmaking?country=US");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"overview-problem\"").contains("Use the code of an EU/EEA country");
    }

    /**
     * The summary as of now: the server keeps a summary for a few seconds and then computes
     * it again while still serving the kept one, so this asks until one computed after this
     * call began arrives ({@code asOf}; the server runs on this machine's clock).
     */
    private JsonObject summary(String path) {
        Instant since = Instant.now();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Api.Reply reply = anonymous.get("matchmaking/" + path);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/json");
            if (!Instant.parse(reply.json().getString("asOf")).isBefore(since)) {
                return reply.json();
            }
            assertThat(System.nanoTime()).as("a summary computed after " + since).isLessThan(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long need(String category, String title, long quantity, String country) {
        Api.Reply reply = member.post("needs", "{\"category\":\"" + category + "\",\"title\":" + jakarta.json.Json.createValue(title)
                + ",\"description\":\"For the hospitals of the region.\",\"quantity\":" + quantity + ",\"neededBy\":\"" + in(30)
                + "\",\"country\":\"" + country + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private void offer(String category, String title, long capacity, String countries) {
        Api.Reply reply = member.post("offers", "{\"category\":\"" + category + "\",\"title\":\"" + title
                + "\",\"description\":\"From our plant.\",\"capacityPerWeek\":" + capacity + ",\"leadTimeDays\":7,\"countries\":"
                + countries + ",\"validUntil\":\"" + in(60) + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static String in(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    private static Optional<JsonObject> row(JsonObject summary, String category, String country) {
        return summary.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("category").equals(category) && r.getString("country").equals(country)).findFirst();
    }

    private static long delta(JsonObject after, JsonObject before, String category, String country, String field) {
        return value(row(after, category, country), field) - value(row(before, category, country), field);
    }

    private static long totalDelta(JsonObject after, JsonObject before, String category, String field) {
        return value(total(after, category), field) - value(total(before, category), field);
    }

    private static Optional<JsonObject> total(JsonObject summary, String category) {
        return summary.getJsonArray("totals").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("category").equals(category) && t.getString("unit").equals("pieces")).findFirst();
    }

    private static long value(Optional<JsonObject> row, String field) {
        return row.map(r -> r.getJsonNumber(field).longValue()).orElse(0L);
    }
}
