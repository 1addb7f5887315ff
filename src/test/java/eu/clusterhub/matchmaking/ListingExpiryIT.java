package eu.clusterhub.matchmaking;

import static eu.clusterhub.matchmaking.Listings.eventually;
import static eu.clusterhub.matchmaking.Listings.today;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.platform.Hashes;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestAccounts.Caller;
import eu.clusterhub.testsupport.TestDatabase;
import eu.clusterhub.testsupport.TestMail;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The expiry job (ListingExpiry): needs past their date expire, offers past their validity
 * close, and owners get one reminder with a "still valid" link three days before. The test
 * server runs the job every {@link TestDatabase#EXPIRY_CHECK_SECONDS} seconds; listings are
 * aged by moving their dates in the database (the API accepts only future dates).
 */
class ListingExpiryIT extends DeployedPortal {

    @Test
    void needsAndOffersPastTheirDateExpireAndCoveredNeedsStayCovered() throws Exception {
        Api owner = member().api;
        long stale = Listings.need(owner, "Valvole per ventilatori, scadute");
        long covered = Listings.need(owner, "Valvole per ventilatori, coperte");
        long current = Listings.need(owner, "Valvole per ventilatori, ancora valide");
        long offer = Listings.offer(owner, "FFP2 masks, validity passed");
        long paused = Listings.offer(owner, "FFP2 masks, paused and passed");
        LocalDate yesterday = today().minusDays(1);
        Listings.setDate("need", stale, yesterday);
        Listings.setDate("need", covered, yesterday);
        update("UPDATE need SET status = 'COVERED', pledged = quantity WHERE id = ?", covered);
        Listings.setDate("offer", offer, yesterday);
        Listings.setDate("offer", paused, yesterday);
        update("UPDATE offer SET status = 'PAUSED' WHERE id = ?", paused);

        assertThat(eventually(() -> "expired".equals(status(owner, "needs", stale)))).as("the need past its date expired").isTrue();
        assertThat(eventually(() -> "closed".equals(status(owner, "offers", paused)))).as("the paused offer closed").isTrue();
        // the run that expired these looked at the others too
        assertThat(status(owner, "offers", offer)).as("the offer past its validity").isEqualTo("closed");
        assertThat(status(owner, "needs", covered)).as("a covered need stays covered").isEqualTo("covered");
        assertThat(status(owner, "needs", current)).as("a need 20 days ahead").isEqualTo("open");
    }

    @Test
    void theOwnerIsRemindedOnceAndTheLinkExtendsTheOfferOnce() throws Exception {
        Member owner = member();
        long offer = Listings.offer(owner.api, "FFP2 masks from Bergamo");
        LocalDate soon = today().plusDays(2);
        Listings.setDate("offer", offer, soon);

        assertThat(eventually(() -> TestMail.countTo(owner.caller.email()) == 1)).as("a reminder arrived").isTrue();
        String mail = TestMail.latestTo(owner.caller.email());
        assertThat(mail).contains("FFP2 masks from Bergamo", soon.toString());
        String link = TestMail.mailedLink(owner.caller.email(), "/still-valid?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertThat(link).isEqualTo(TestMail.CONFIGURED_BASE + "/still-valid?token=" + token);
        assertThat(reminderRows(offer)).as("one reminder, kept as a hash only").containsExactly(Hashes.sha256(token));

        // several more runs of the job: nothing is mailed again
        Thread.sleep(3_000L * TestDatabase.EXPIRY_CHECK_SECONDS);
        assertThat(TestMail.countTo(owner.caller.email())).as("mails to the owner").isEqualTo(1);
        assertThat(reminderRows(offer)).hasSize(1);

        // opening the link only shows what it would do
        HttpResponse<String> page = Http.get(base, "still-valid?token=" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("FFP2 masks from Bergamo", soon.plusDays(30).toString());
        assertThat(Api.anonymous(base).get("offers/" + offer).json().getString("validUntil")).isEqualTo(soon.toString());

        Api anonymous = Api.anonymous(base);
        Api.Reply confirmed = anonymous.post("still-valid", "{\"token\":\"" + token + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getString("kind")).isEqualTo("offer");
        assertThat(confirmed.json().getJsonNumber("id").longValue()).isEqualTo(offer);
        assertThat(confirmed.json().getString("date")).isEqualTo(soon.plusDays(30).toString());
        assertThat(anonymous.get("offers/" + offer).json().getString("validUntil")).isEqualTo(soon.plusDays(30).toString());

        Api.Reply again = anonymous.post("still-valid", "{\"token\":\"" + token + "\"}");
        assertThat(again.status()).as("a link works once").isEqualTo(410);
        assertThat(again.json().getString("detail")).contains("used already");
        assertThat(anonymous.get("offers/" + offer).json().getString("validUntil")).isEqualTo(soon.plusDays(30).toString());
        HttpResponse<String> usedPage = Http.get(base, "still-valid?token=" + token);
        assertThat(usedPage.statusCode()).isEqualTo(410);
        assertThat(usedPage.body()).contains("This link was used already");
    }

    @Test
    void badTokensAreRefusedClearlyAndChangeNothing() {
        Api anonymous = Api.anonymous(base);
        String forged = "A".repeat(43);
        Api.Reply unknown = anonymous.post("still-valid", "{\"token\":\"" + forged + "\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("detail")).contains("not valid");
        Api.Reply damaged = anonymous.post("still-valid", "{\"token\":\"abc<script>\"}");
        assertThat(damaged.status()).isEqualTo(400);
        assertThat(damaged.toString()).contains("damaged");
        assertThat(anonymous.post("still-valid", "{}").status()).isEqualTo(400);
        assertThat(anonymous.post("still-valid", "[1]").status()).isEqualTo(400);

        HttpResponse<String> page = Http.get(base, "still-valid?token=" + forged);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("This link is not valid").doesNotContain("Yes, still valid");
        HttpResponse<String> noToken = Http.get(base, "still-valid");
        assertThat(noToken.statusCode()).isEqualTo(400);
        assertThat(noToken.body()).contains("The link has no token");
    }

    @Test
    void anExpiredLinkIsRefusedAndTheNeedKeepsItsDate() throws Exception {
        Member owner = member();
        long need = Listings.need(owner.api, "Valvole per la Lombardia");
        LocalDate soon = today().plusDays(1);
        Listings.setDate("need", need, soon);
        assertThat(eventually(() -> TestMail.countTo(owner.caller.email()) == 1)).as("a reminder arrived").isTrue();
        String link = TestMail.mailedLink(owner.caller.email(), "/still-valid?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        update("UPDATE listing_reminder SET expires_at = created_at - INTERVAL 1 SECOND WHERE listing_id = ? AND listing_kind = 'need'",
                need);

        Api.Reply expired = Api.anonymous(base).post("still-valid", "{\"token\":\"" + token + "\"}");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().getString("detail")).contains("expired");
        assertThat(owner.api.get("needs/" + need).json().getString("neededBy")).isEqualTo(soon.toString());
    }

    private record Member(Caller caller, Api api) {
    }

    private Member member() {
        Api anonymous = Api.anonymous(base);
        Caller caller = new TestAccounts(anonymous).withRole("MEMBER");
        return new Member(caller, anonymous.as(caller.token()));
    }

    private static String status(Api api, String kind, long id) {
        return api.get(kind + "/" + id).json().getString("status");
    }

    private static void update(String sql, long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static java.util.List<String> reminderRows(long offerId) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement sql = db.prepareStatement(
                "SELECT token_hash FROM listing_reminder WHERE listing_kind = 'offer' AND listing_id = ?")) {
            sql.setLong(1, offerId);
            java.util.List<String> hashes = new java.util.ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
            return hashes;
        }
    }
}
