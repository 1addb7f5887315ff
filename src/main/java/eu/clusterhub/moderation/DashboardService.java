package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The moderator dashboard (/moderation/dashboard and GET /api/moderation/dashboard): a
 * handful of GROUP BY and COUNT queries on indexed columns per request (see
 * {@link DashboardRepository}), for moderators only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    @Inject
    private DashboardRepository repository;

    /** The period asked for: 30 or 90 days (null: 30). */
    public static int period(Integer days) {
        if (days == null) {
            return Dashboard.PERIODS.get(0);
        }
        if (!Dashboard.PERIODS.contains(days)) {
            throw ValidationFailed.of("days", "Choose 30 or 90 days");
        }
        return days;
    }

    public Dashboard dashboard(int days, Account caller) {
        ModerationPermissions.of(caller).mayReview().check();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        LocalDate to = now.toLocalDate();
        LocalDate from = to.minusDays(days - 1L);
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime neglected = now.minusHours(Dashboard.NEGLECTED_AFTER_HOURS);

        Map<LocalDate, Long> posts = repository.postsPerDay(start);
        Map<LocalDate, Long> accounts = repository.accountsPerDay(start);
        Map<LocalDate, Long> flags = repository.flagsPerDay(start);
        Map<LocalDate, Long> requests = repository.unansweredRequestsPerDay(start, neglected);
        Map<LocalDate, Long> needs = repository.uncoveredNeedsPerDay(start, neglected);
        List<Dashboard.Day> perDay = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            perDay.add(new Dashboard.Day(day, posts.getOrDefault(day, 0L), accounts.getOrDefault(day, 0L),
                    flags.getOrDefault(day, 0L), requests.getOrDefault(day, 0L), needs.getOrDefault(day, 0L)));
        }
        return new Dashboard(days, from, to, now, Dashboard.OpenFlags.of(repository.openFlagWaits(now)),
                repository.awaitingApproval(), Dashboard.median(repository.hoursToFirstAction(start)),
                repository.unansweredRequests(neglected), repository.uncoveredNeeds(neglected), perDay);
    }
}
