package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pledges over HTTP: coverage and status, who may record them, bad quantities, concurrent pledges. */
class PledgeApiIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    private static String pledge(long offer, String quantity) {
        return "{\"offerId\":" + offer + ",\"quantity\":" + quantity + "}";
    }

    @Test
    void pledgesMoveANeedToPartlyCoveredThenCoveredAndAnyoneReadsThem() {
        Api buyer = anonymous.as(accounts.withRole("MEMBER").token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        Api other = anonymous.as(accounts.withRole("MEMBER").token());
        long need = TestListings.need(buyer, "Valves for Cremona", 1000);
        long offer = TestListings.offer(supplier, "Valves from Parma");
        long otherOffer = TestListings.offer(other, "Valves from Piacenza");
        String lastWeek = LocalDate.now(ZoneOffset.UTC).minusDays(7).toString();

        Api.Reply first = buyer.post("needs/" + need + "/pledges",
                "{\"offerId\":" + offer + ",\"quantity\":400,\"date\":\"" + lastWeek + "\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getJsonNumber("quantity").longValue()).isEqualTo(400);
        assertThat(first.json().getString("date")).isEqualTo(lastWeek);
        assertThat(first.json().getString("supplier")).isEqualTo("Precision Valves SpA");
        JsonObject coverage = first.json().getJsonObject("need");
        assertThat(coverage.getString("status")).isEqualTo("partly-covered");
        assertThat(coverage.getInt("coveredPercent")).isEqualTo(40);
        assertThat(coverage.getJsonNumber("remaining").longValue()).isEqualTo(600);
        assertThat(anonymous.get("needs/" + need).json().getString("status")).isEqualTo("partly-covered");

        Api.Reply second = buyer.post("needs/" + need + "/pledges", pledge(otherOffer, "\"600\""));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().getString("date")).as("today by default").isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(second.json().getJsonObject("need").getString("status")).isEqualTo("covered");
        assertThat(second.json().getJsonObject("need").getInt("coveredPercent")).isEqualTo(100);

        Api.Reply more = buyer.post("needs/" + need + "/pledges", pledge(offer, "250"));
        assertThat(more.status()).as("a covered need still takes pledges (over-pledged)").isEqualTo(201);
        assertThat(more.json().getJsonObject("need").getJsonNumber("pledged").longValue()).isEqualTo(1250);
        assertThat(more.json().getJsonObject("need").getInt("coveredPercent")).isEqualTo(100);

        Api.Reply list = anonymous.get("needs/" + need + "/pledges");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<JsonObject> items = list.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(p -> p.getJsonNumber("quantity").longValue()).containsExactly(400L, 600L, 250L);
        assertThat(items).extracting(p -> p.getJsonNumber("offerId").longValue()).containsExactly(offer, otherOffer, offer);
        assertThat(items.get(1).getString("offerTitle")).isEqualTo("Valves from Piacenza");
        assertThat(list.json().getJsonObject("need").getString("status")).isEqualTo("covered");
        assertThat(list.body()).doesNotContain("@it.clusterhub.test");
        assertThat(anonymous.get("needs/999999999/pledges").status()).isEqualTo(404);
    }

    @Test
    void onlyTheNeedsOwnerRecordsPledgesOfSomeoneElsesOffers() {
        Api buyer = anonymous.as(accounts.withRole("MEMBER").token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        long need = TestListings.need(buyer, "Valves for Mantua", 500);
        long offer = TestListings.offer(supplier, "Valves from Verona");
        long ownOffer = TestListings.offer(buyer, "Our own valves");

        Api.Reply bySupplier = supplier.post("needs/" + need + "/pledges", pledge(offer, "100"));
        assertThat(bySupplier.status()).as(bySupplier.toString()).isEqualTo(403);
        assertThat(anonymous.post("needs/" + need + "/pledges", pledge(offer, "100")).status()).isEqualTo(401);
        assertThat(buyer.post("needs/999999999/pledges", pledge(offer, "100")).status()).isEqualTo(404);
        assertThat(buyer.post("needs/" + need + "/pledges", pledge(999_999_999L, "100")).status()).isEqualTo(404);
        Api.Reply own = buyer.post("needs/" + need + "/pledges", pledge(ownOffer, "100"));
        assertThat(own.status()).as(own.toString()).isEqualTo(409);
        assertThat(own.json().getString("title")).isEqualTo("Own listing");

        assertThat(buyer.delete("needs/" + need).status()).isEqualTo(200);
        Api.Reply closed = buyer.post("needs/" + need + "/pledges", pledge(offer, "100"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(anonymous.get("needs/" + need + "/pledges").json().getInt("total")).isZero();
    }

    @Test
    void badQuantitiesAndDatesAreRefusedAndNothingIsStored() {
        Api buyer = anonymous.as(accounts.withRole("MEMBER").token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        long need = TestListings.need(buyer, "Valves for Sondrio", 500);
        long offer = TestListings.offer(supplier, "Valves from Como");

        for (String quantity : List.of("0", "-5", "10000000000", "1.5", "\"abc\"", "null", "\"\"", "99999999999999999999999")) {
            Api.Reply refused = buyer.post("needs/" + need + "/pledges", pledge(offer, quantity));
            assertThat(refused.status()).as(quantity + ": " + refused).isEqualTo(400);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("quantity");
        }
        Api.Reply noOffer = buyer.post("needs/" + need + "/pledges", "{\"quantity\":10}");
        assertThat(noOffer.status()).isEqualTo(400);
        assertThat(noOffer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("offerId");
        for (String date : List.of("yesterday", "2020-01-01", LocalDate.now(ZoneOffset.UTC).plusYears(2).toString())) {
            Api.Reply refused = buyer.post("needs/" + need + "/pledges",
                    "{\"offerId\":" + offer + ",\"quantity\":10,\"date\":\"" + date + "\"}");
            assertThat(refused.status()).as(date + ": " + refused).isEqualTo(400);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("date");
        }
        assertThat(buyer.post("needs/" + need + "/pledges", "not json").status()).isEqualTo(400);

        JsonObject list = anonymous.get("needs/" + need + "/pledges").json();
        assertThat(list.getInt("total")).isZero();
        assertThat(list.getJsonObject("need").getJsonNumber("pledged").longValue()).isZero();
        assertThat(list.getJsonObject("need").getString("status")).isEqualTo("open");
    }

    @Test
    void concurrentPledgesAddUpExactly() throws Exception {
        Api buyer = anonymous.as(accounts.withRole("MEMBER").token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        long need = TestListings.need(buyer, "Valves for Varese", 1000);
        long offer = TestListings.offer(supplier, "Valves from Novara");

        int pledges = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < pledges; i++) {
                tasks.add(() -> buyer.post("needs/" + need + "/pledges", pledge(offer, "7")).status());
            }
            for (Future<Integer> status : pool.invokeAll(tasks)) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject list = anonymous.get("needs/" + need + "/pledges").json();
        assertThat(list.getInt("total")).isEqualTo(pledges);
        assertThat(list.getJsonObject("need").getJsonNumber("pledged").longValue()).isEqualTo(pledges * 7L);
        assertThat(list.getJsonObject("need").getInt("coveredPercent")).isEqualTo(11);
        assertThat(anonymous.get("needs/" + need).json().getJsonNumber("pledged").longValue()).isEqualTo(pledges * 7L);
    }
}
