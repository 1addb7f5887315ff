package eu.clusterhub.moderation;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * /moderation/dashboard?days=30|90: the figures of {@link Dashboard} as key numbers, two
 * charts (activity per day; requests and needs left alone, by the day they were opened) and
 * the per-day table that is the charts' text alternative.
 */
@Named
@RequestScoped
public class DashboardView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Inject
    private DashboardService service;

    @Inject
    private CurrentAccount me;

    private Dashboard dashboard;
    private boolean loaded;

    public Dashboard getDashboard() {
        if (!loaded) {
            loaded = true;
            Integer days = "90".equals(QueryParameter.text("days")) ? 90 : 30;
            try {
                dashboard = service.dashboard(days, me.require());
            } catch (Refusal refusal) {
                FacesMessages.refused(refusal);
            }
        }
        return dashboard;
    }

    public List<Integer> getPeriods() {
        return Dashboard.PERIODS;
    }

    public String getPeriod() {
        return getDashboard() == null ? "" : LONG_DAY.format(dashboard.from()) + " – " + LONG_DAY.format(dashboard.to()) + " (UTC)";
    }

    /** Posts, new accounts and flags per day. */
    public String getActivityChart() {
        return chart("line", List.of(
                new Series("Posts", "#1f5fa8", Dashboard.Day::posts),
                new Series("New accounts", "#1b6e3a", Dashboard.Day::newAccounts),
                new Series("Flags raised", "#b3261e", Dashboard.Day::flags)));
    }

    /** Of the requests and needs opened each day, those still without an answer or a supplier after 48 hours. */
    public String getNeglectedChart() {
        return chart("bar", List.of(
                new Series("Requests without an answer", "#8a4b00", Dashboard.Day::unansweredRequests),
                new Series("Needs without contact or pledge", "#5b3a8e", Dashboard.Day::uncoveredNeeds)));
    }

    private record Series(String label, String colour, ToLongFunction<Dashboard.Day> value) {
    }

    private String chart(String type, List<Series> series) {
        JsonArrayBuilder labels = Jsons.array();
        JsonArrayBuilder datasets = Jsons.array();
        if (getDashboard() != null) {
            dashboard.perDay().forEach(d -> labels.add(DAY.format(d.date())));
            for (Series s : series) {
                JsonArrayBuilder data = Jsons.array();
                dashboard.perDay().forEach(d -> data.add(s.value().applyAsLong(d)));
                datasets.add(Jsons.object().add("label", s.label()).add("data", data).add("borderColor", s.colour())
                        .add("backgroundColor", s.colour()).add("fill", false));
            }
        }
        return Jsons.object().add("type", type)
                .add("data", Jsons.object().add("labels", labels).add("datasets", datasets))
                .add("options", Jsons.object().add("responsive", true)
                        .add("scales", Jsons.object().add("y", Jsons.object().add("beginAtZero", true)
                                .add("ticks", Jsons.object().add("precision", 0)))))
                .build().toString();
    }

    public String day(java.time.LocalDate date) {
        return LONG_DAY.format(date);
    }

    /** Hours as people read them: "40 min", "5.5 h", "3.2 days"; "–" for none. */
    public String hours(Double hours) {
        if (hours == null) {
            return "–";
        }
        if (hours < 1) {
            return Math.round(hours * 60) + " min";
        }
        if (hours < 48) {
            return String.format(Locale.ENGLISH, "%.1f h", hours);
        }
        return String.format(Locale.ENGLISH, "%.1f days", hours / 24);
    }
}
