package eu.clusterhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestAccounts.Caller;
import eu.clusterhub.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the periodic job erases accounts left unconfirmed for a week, and only those.
 * The test server runs the job every {@link TestDatabase#EXPIRY_CHECK_SECONDS} seconds
 * (production: hourly); an account is aged by moving its creation time back in the database.
 */
class AccountExpiryIT extends DeployedPortal {

    /** Many runs of the job, for a server busy with the rest of the suite. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void theJobErasesAccountsUnconfirmedForAWeekAndNoOthers() throws Exception {
        Api api = Api.anonymous(base);
        TestAccounts accounts = new TestAccounts(api);
        Caller stale = accounts.unverified();
        Caller fresh = accounts.unverified();
        Caller confirmed = accounts.withRole("MEMBER");
        age(stale.id());
        age(confirmed.id());

        String status = statusOnceSettled(stale.id());

        assertThat(status).as("the account unconfirmed for 8 days").isEqualTo("DELETED");
        assertThat(column("email", stale.id())).as("its address, free again").isNull();
        assertThat(api.as(stale.token()).get("me").status()).as("its token").isEqualTo(401);
        // the run that erased the stale account looked at these too
        assertThat(column("status", fresh.id())).as("unconfirmed for a moment").isEqualTo("ACTIVE");
        assertThat(column("status", confirmed.id())).as("confirmed 8 days ago").isEqualTo("ACTIVE");
        assertThat(api.as(fresh.token()).get("me").status()).isEqualTo(200);
        assertThat(api.as(confirmed.token()).get("me").status()).isEqualTo(200);
    }

    /** Eight days older: past the week an address has to be confirmed in. */
    private static void age(long accountId) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement sql = db.prepareStatement("UPDATE account SET created_at = created_at - INTERVAL 8 DAY WHERE id = ?")) {
            sql.setLong(1, accountId);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
    }

    /** The account's status once a run of the job has erased it, or as it is after {@link #PATIENCE}. */
    private static String statusOnceSettled(long accountId) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String status = column("status", accountId);
        while (!"DELETED".equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = column("status", accountId);
        }
        return status;
    }

    private static String column(String column, long accountId) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement sql = db.prepareStatement("SELECT " + column + " FROM account WHERE id = ?")) {
            sql.setLong(1, accountId);
            try (ResultSet row = sql.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
