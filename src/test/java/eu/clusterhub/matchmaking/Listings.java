package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

/** Offers and needs published through the API, and aged in the database for the expiry job. */
public final class Listings {

    /** Many runs of the job (every few seconds on the test server), for a server busy with the rest of the suite. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Listings() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** An offer of FFP2 masks valid for a while; returns its id. */
    public static long offer(Api member, String title) {
        Api.Reply created = member.post("offers", "{\"category\":\"ffp2-masks\",\"title\":\"" + title + "\","
                + "\"description\":\"EN 149 certified, 50,000 a week from our line in Bergamo.\",\"capacityPerWeek\":50000,"
                + "\"leadTimeDays\":7,\"certifications\":[\"en-149\"],\"countries\":[\"IT\",\"AT\"],"
                + "\"validUntil\":\"" + today().plusDays(20) + "\",\"language\":\"en\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** A need for ventilator valves in Lombardy; returns its id. */
    public static long need(Api member, String title) {
        Api.Reply created = member.post("needs", "{\"category\":\"ventilator-valves\",\"title\":\"" + title + "\","
                + "\"description\":\"Valvole per ventilatori polmonari, consegna a Milano.\",\"quantity\":400,"
                + "\"neededBy\":\"" + today().plusDays(20) + "\",\"country\":\"IT\",\"region\":\"ITC4\",\"language\":\"it\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Moves a listing's date (which the API only accepts in the future) to any day. */
    public static void setDate(String table, long id, LocalDate date) throws SQLException {
        String column = "offer".equals(table) ? "valid_until" : "needed_by";
        try (Connection db = TestDatabase.connect();
             PreparedStatement sql = db.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            sql.setDate(1, Date.valueOf(date));
            sql.setLong(2, id);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
    }

    /** Waits up to {@link #PATIENCE} for the condition; returns whether it came true. */
    public static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
