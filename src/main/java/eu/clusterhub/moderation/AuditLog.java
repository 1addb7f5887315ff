package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.AccountStatus;
import eu.clusterhub.platform.DateParameter;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import eu.clusterhub.platform.audit.StaffActionTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit log: writes down every {@link StaffActionTaken} and lists the entries, newest
 * first, filtered by actor, action, target and dates. Nothing here changes or deletes an
 * entry, and the database refuses to (V12__audit_log.sql).
 *
 * <p><b>One transaction with the change.</b> The features fire the event synchronously from
 * their {@code @Transactional} services, after the change and before they return. This
 * observer joins the caller's JTA transaction ({@code REQUIRED}: it starts none while one is
 * active) and persists through the container-managed, transaction-scoped entity manager,
 * which is the very persistence context the change is written through. So the entry is
 * inserted by the same commit as the change: if anything after the event fails (a refusal
 * thrown later in the service, a constraint at flush, a failed commit), both roll back and
 * the log holds no entry for a change that did not happen; and if the insert fails, the
 * change fails with it. Only an action that has no transaction of its own (the start of a
 * search rebuild, an in-memory job) gets one here, around the entry alone.
 */
@ApplicationScoped
public class AuditLog {

    static final int MAX_EXPORT = 100_000;
    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    private static final Pattern TARGET = Pattern.compile("([a-z][a-z0-9-]{0,31})(?::(.{1,128}))?");

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private StaffActionCatalogue catalogue;

    @Transactional(Transactional.TxType.REQUIRED)
    void record(@Observes StaffActionTaken action) {
        if (!catalogue.knows(action.action())) {
            LOG.warning("Staff action " + action.action() + " is not listed by any feature's StaffActions; recorded anyway");
        }
        em.persist(new AuditEntry(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), action.actorId(), action.action(),
                action.targetType(), action.targetId(), blankToNull(action.reason()), blankToNull(action.before()),
                blankToNull(action.after())));
    }

    /**
     * The filter of request parameters; every bad one is a field error. {@code actor} is an
     * account id or a part of a name or email; {@code action} one of the catalogue;
     * {@code target} a type or {@code type:id}; {@code from} and {@code to} dates (UTC, inclusive).
     */
    public AuditFilter filter(String actor, String action, String target, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        String actorText = blankToNull(actor);
        Set<Long> actorIds = null;
        if (actorText != null) {
            actorText = actorText.strip();
            if (actorText.length() > 100) {
                errors.add(new FieldError("actor", "Give an account id or at most 100 characters of a name"));
            } else if (actorText.matches("#?[0-9]{1,18}")) {
                actorIds = Set.of(Long.valueOf(actorText.replace("#", "")));
            } else {
                actorIds = accounts.search(actorText, 0, 200).stream().map(Account::getId).collect(Collectors.toSet());
            }
        }
        String actionName = blankToNull(action);
        if (actionName != null) {
            actionName = actionName.strip();
            if (!catalogue.knows(actionName)) {
                errors.add(new FieldError("action", "Unknown action; GET /api/moderation/audit/actions lists them"));
            }
        }
        String targetType = null;
        String targetId = null;
        String targetText = blankToNull(target);
        if (targetText != null) {
            var m = TARGET.matcher(targetText.strip());
            if (m.matches()) {
                targetType = m.group(1);
                targetId = m.group(2);
            } else {
                errors.add(new FieldError("target", "Use a type or type:id, e.g. thread or thread:42"));
            }
        }
        LocalDate fromDate = DateParameter.read(from, "from", errors);
        LocalDate toDate = DateParameter.read(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "The last day comes on or after the first"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new AuditFilter(actorIds, actorText, actionName, targetType, targetId, fromDate, toDate);
    }

    /** One page of entries, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<AuditRow> page(AuditFilter filter, int page, int size) {
        if (filter.actorIds() != null && filter.actorIds().isEmpty()) {
            return new ResultPage<>(0, List.of(), page, size);
        }
        long total = query(filter, "SELECT COUNT(e) FROM AuditEntry e", "", Long.class).getSingleResult();
        List<AuditEntry> entries = query(filter, "SELECT e FROM AuditEntry e", " ORDER BY e.at DESC, e.id DESC", AuditEntry.class)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new ResultPage<>(total, rows(entries), page, size);
    }

    /** Every entry of the filter (at most {@value #MAX_EXPORT}, the newest), newest first, for the CSV export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRow> export(AuditFilter filter) {
        if (filter.actorIds() != null && filter.actorIds().isEmpty()) {
            return List.of();
        }
        return rows(query(filter, "SELECT e FROM AuditEntry e", " ORDER BY e.at DESC, e.id DESC", AuditEntry.class)
                .setMaxResults(MAX_EXPORT).getResultList());
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.actorIds() != null) {
            where.add("e.actorId IN :actors");
            parameters.put("actors", filter.actorIds());
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.targetType() != null) {
            where.add("e.targetType = :targetType");
            parameters.put("targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            where.add("e.targetId = :targetId");
            parameters.put("targetId", filter.targetId());
        }
        if (filter.from() != null) {
            where.add("e.at >= :from");
            parameters.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.add("e.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The entries with their actors' names as they are now. */
    private List<AuditRow> rows(List<AuditEntry> entries) {
        Set<Long> actorIds = new HashSet<>();
        entries.forEach(e -> actorIds.add(e.getActorId()));
        Map<Long, Account> actors = accounts.byIds(actorIds);
        return entries.stream().map(e -> new AuditRow(e.getId(), e.getAt(), e.getActorId(), actorName(actors.get(e.getActorId()),
                        e.getActorId()), e.getAction(), e.getTargetType(), e.getTargetId(), e.getReason(), e.getBefore(), e.getAfter()))
                .toList();
    }

    static String actorName(Account actor, long actorId) {
        return actor == null || actor.getStatus() == AccountStatus.DELETED ? "erased account #" + actorId : actor.getDisplayName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
