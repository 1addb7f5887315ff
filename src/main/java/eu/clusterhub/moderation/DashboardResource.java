package eu.clusterhub.moderation;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;

/**
 * GET /api/moderation/dashboard?days=30|90: the moderator dashboard's figures (see
 * {@link Dashboard}); 400 for any other period. Moderators and admins.
 */
@Path("moderation/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private DashboardService service;

    @GET
    public JsonObject dashboard(@QueryParam("days") String days) {
        var caller = me.require();
        return json(service.dashboard(DashboardService.period(parse(days)), caller));
    }

    private static Integer parse(String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailed.of("days", "Choose 30 or 90 days");
        }
    }

    static JsonObject json(Dashboard d) {
        JsonArrayBuilder days = Jsons.array();
        for (Dashboard.Day day : d.perDay()) {
            days.add(Jsons.object().add("date", day.date().toString()).add("posts", day.posts())
                    .add("newAccounts", day.newAccounts()).add("flags", day.flags())
                    .add("unansweredRequests", day.unansweredRequests()).add("uncoveredNeeds", day.uncoveredNeeds()));
        }
        Dashboard.OpenFlags flags = d.openFlags();
        return Jsons.object()
                .add("days", d.days())
                .add("from", d.from().toString())
                .add("to", d.to().toString())
                .add("asOf", d.asOf().atOffset(ZoneOffset.UTC).toString())
                .add("openFlags", hours(hours(Jsons.object().add("items", flags.items()), "oldestHours", flags.oldestHours()),
                                "medianHours", flags.medianHours())
                        .add("underADay", flags.underADay()).add("oneToThreeDays", flags.oneToThreeDays())
                        .add("overThreeDays", flags.overThreeDays()))
                .add("awaitingApproval", d.awaitingApproval())
                .add("medianHoursToFirstAction", number(d.medianHoursToFirstAction()))
                .add("unansweredRequests", d.unansweredRequests())
                .add("uncoveredNeeds", d.uncoveredNeeds())
                .add("neglectedAfterHours", Dashboard.NEGLECTED_AFTER_HOURS)
                .add("perDay", days)
                .build();
    }

    private static JsonObjectBuilder hours(JsonObjectBuilder json, String name, Double value) {
        return json.add(name, number(value));
    }

    /** Hours with one decimal, or null. */
    private static JsonValue number(Double value) {
        return value == null ? JsonValue.NULL : Jsons.object().add("v", Math.round(value * 10) / 10.0).build().get("v");
    }
}
