package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.notification.Notifications;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A published need tells the owner of an offer it matches ("listing-match") and the members
 * watching a matchmaking filter it fits ("listing-new"); no one else, and never its publisher.
 */
class ListingNotificationsIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    private List<JsonObject> notifications(TestAccounts.Caller caller) {
        return anonymous.as(caller.token()).get("notifications?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aNewNeedReachesTheSupplierItMatchesAndTheWatchersOfItsFilter() {
        TestAccounts.Caller supplier = accounts.withRole("MEMBER");
        TestAccounts.Caller watcher = accounts.withRole("MEMBER");
        TestAccounts.Caller otherWatcher = accounts.withRole("MEMBER");
        TestAccounts.Caller buyer = accounts.withRole("MEMBER");
        long offer = anonymous.as(supplier.token()).post("offers", ListingApiIT.offer("sterilisation", "Ethylene oxide sterilisation",
                "EN ISO 11135 validated chambers.", 40, 2, List.of("en-iso-11135"), List.of("SK"), "en").build().toString())
                .json().getJsonNumber("id").longValue();
        assertThat(anonymous.as(watcher.token()).put("watches",
                "{\"target\":{\"type\":\"matchmaking\",\"filter\":\"kind=need&country=SK&category=sterilisation\"},\"level\":\"watching\"}")
                .status()).isEqualTo(200);
        assertThat(anonymous.as(otherWatcher.token()).put("watches",
                "{\"target\":{\"type\":\"matchmaking\",\"filter\":\"kind=need&country=SI\"},\"level\":\"watching\"}").status())
                .isEqualTo(200);

        Api.Reply published = anonymous.as(buyer.token()).post("needs", ListingApiIT.need("sterilisation",
                "Sterilisation of gowns for Bratislava", "Two pallets a week.", 20, 30, "SK", List.of("en-iso-11135"), "en")
                .build().toString());
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        long need = published.json().getJsonNumber("id").longValue();
        Notifications.awaitFanOut();

        assertThat(notifications(supplier)).filteredOn(n -> n.getString("kind").equals("listing-match"))
                .singleElement().satisfies(n -> {
                    assertThat(n.getJsonObject("target").getString("url")).endsWith("/needs/" + need);
                    assertThat(n.getString("summary")).contains("matches your offer");
                });
        assertThat(notifications(watcher)).extracting(n -> n.getString("kind")).containsExactly("listing-new");
        assertThat(notifications(otherWatcher)).isEmpty();
        assertThat(notifications(buyer)).extracting(n -> n.getString("kind")).doesNotContain("listing-match", "listing-new");
        assertThat(anonymous.as(supplier.token()).get("offers/" + offer).status()).isEqualTo(200);
    }
}
