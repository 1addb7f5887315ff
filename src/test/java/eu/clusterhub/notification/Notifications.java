package eu.clusterhub.notification;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** What the notification tests share: members with names of their own, boards, and waiting for the fan-out. */
public final class Notifications {

    private Notifications() {
    }

    /** A verified member with a display name of its own (test accounts are all "Test MEMBER"). */
    public static TestAccounts.Caller member(Api anonymous, TestAccounts accounts, String displayName) {
        String email = TestAccounts.uniqueEmail("notify");
        String body = TestAccounts.registration(email, TestAccounts.PASSWORD, displayName).replaceFirst("\\{", "{\"role\":\"MEMBER\",");
        Api.Reply created = anonymous.as(accounts.adminToken()).post("admin/accounts", body);
        if (created.status() != 201) {
            throw new AssertionError("could not create " + displayName + ": " + created);
        }
        return new TestAccounts.Caller(created.json().getJsonNumber("id").longValue(), email, accounts.token(email, TestAccounts.PASSWORD));
    }

    /** A new board of the test's own; returns its id. */
    public static long board(Api anonymous, TestAccounts accounts, String slug) {
        Api.Reply created = anonymous.as(accounts.adminToken()).post("admin/boards", Json.createObjectBuilder()
                .add("slug", slug).add("name", "Board " + slug).add("description", "Made by a notification test").build().toString());
        if (created.status() != 201) {
            throw new AssertionError("no board: " + created);
        }
        return anonymous.get("boards").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("slug").equals(slug)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    public static String watch(String type, long id, String level) {
        return "{\"target\":{\"type\":\"" + type + "\",\"id\":" + id + "},\"level\":\"" + level + "\"}";
    }

    /** Waits until every event raised so far is fanned out. */
    public static void awaitFanOut() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (number("SELECT COUNT(*) FROM notification_event WHERE fanned_out_at IS NULL") == 0) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("events still pending after 20 s");
    }

    public static long number(String sql, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static java.time.LocalDateTime time(String sql, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getTimestamp(1).toLocalDateTime() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an UPDATE; how many rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            return q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Long> numbers(String sql, Object... parameters) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = q.executeQuery()) {
                List<Long> values = new java.util.ArrayList<>();
                while (row.next()) {
                    values.add(row.getLong(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
