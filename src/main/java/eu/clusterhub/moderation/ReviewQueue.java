package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.forum.Board;
import eu.clusterhub.forum.BoardRepository;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The open items of the review queue, for one moderator: what they cover (their languages
 * and countries) first, then the oldest first; filtered by flag reason, kind, language,
 * country and board. Each row carries what a decision needs: the item, its reasons and
 * reporters, and its author's history.
 */
@ApplicationScoped
@Transactional
public class ReviewQueue {

    public static final int PAGE_SIZE = 20;

    /** The filters, as the page and the API take them (null: any). */
    public record Filter(String reason, String kind, String language, String country, String board) {
    }

    /** A flag as the queue shows it. */
    public record FlagRow(String reason, String reasonLabel, String reporter, long reporterId, String note, Long announcementId,
                          java.time.LocalDateTime at) {
    }

    /** The author's record: their posts, the flags their items drew before this one, their organisation's verification. */
    public record AuthorHistory(long id, String name, String organisation, boolean verified, long posts, long earlierFlags,
                                boolean silenced, boolean suspended) {
    }

    /** One open item with everything shown next to it. */
    public record Row(ModerationItem item, Target target, List<FlagRow> flags, AuthorHistory author, boolean covered,
                      String boardName) {

        public long id() {
            return item.getId();
        }

        /** The distinct flag reasons, as labels. */
        public List<String> reasons() {
            return flags.stream().map(FlagRow::reasonLabel).distinct().toList();
        }
    }

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Inject
    private ModeratedItems items;

    @Inject
    private Flags flags;

    @Inject
    private AccountRepository accounts;

    @Inject
    private BoardRepository boards;

    public ResultPage<Row> list(Filter filter, Account moderator, int page) {
        ModerationPermissions.of(moderator).mayReview().check();
        StringBuilder where = new StringBuilder(" FROM moderation_item i WHERE i.status = 'OPEN'");
        List<Object> params = new ArrayList<>();
        if (present(filter.reason())) {
            FlagReason reason = FlagReason.of(filter.reason().strip())
                    .orElseThrow(() -> ValidationFailed.of("reason", "Use one of " + String.join(", ", FlagReason.codes())));
            where.append(" AND EXISTS (SELECT 1 FROM flag f WHERE f.item_id = i.id AND f.reason = ?)");
            params.add(reason.code());
        }
        if (present(filter.kind())) {
            ItemKind kind = ItemKind.of(filter.kind().strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> ValidationFailed.of("kind", "Use flagged, approval or spam"));
            where.append(" AND i.kind = ?");
            params.add(kind.name());
        }
        if (present(filter.language())) {
            String language = filter.language().strip().toLowerCase(Locale.ROOT);
            if (!language.matches("[a-z]{2}")) {
                throw ValidationFailed.of("language", "Use a two-letter language code such as de");
            }
            where.append(" AND i.language = ?");
            params.add(language);
        }
        if (present(filter.country())) {
            String country = filter.country().strip().toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw ValidationFailed.of("country", "Use a two-letter country code such as AT");
            }
            where.append(" AND i.country = ?");
            params.add(country);
        }
        if (present(filter.board())) {
            Board board = boards.bySlug(filter.board().strip()).orElseThrow(() -> ValidationFailed.of("board", "No such board"));
            where.append(" AND i.board_id = ?");
            params.add(board.getId());
        }
        Query count = em.createNativeQuery("SELECT COUNT(*)" + where);
        for (int n = 0; n < params.size(); n++) {
            count.setParameter(n + 1, params.get(n));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        String covered = "(i.language IN (SELECT c.code FROM moderator_coverage c WHERE c.account_id = ? AND c.dimension = 'language')"
                + " OR i.country IN (SELECT c.code FROM moderator_coverage c WHERE c.account_id = ? AND c.dimension = 'country'))";
        Query select = em.createNativeQuery("SELECT i.id, " + covered + where
                + " ORDER BY 2 DESC, i.created_at, i.id LIMIT ? OFFSET ?");
        int n = 1;
        select.setParameter(n++, moderator.getId());
        select.setParameter(n++, moderator.getId());
        for (Object p : params) {
            select.setParameter(n++, p);
        }
        select.setParameter(n++, PAGE_SIZE);
        select.setParameter(n, (long) (page - 1) * PAGE_SIZE);
        List<Row> rows = new ArrayList<>();
        for (Object r : select.getResultList()) {
            Object[] row = (Object[]) r;
            long id = ((Number) row[0]).longValue();
            boolean isCovered = row[1] != null && (row[1] instanceof Boolean b ? b : ((Number) row[1]).intValue() == 1);
            ModerationItem item = em.find(ModerationItem.class, id);
            em.refresh(item);
            rows.add(row(item, isCovered));
        }
        return new ResultPage<>(total, rows, page, PAGE_SIZE);
    }

    /** One item (open or not) as the queue shows it; for the answer to an action. */
    public Row row(ModerationItem item, boolean covered) {
        Target target = items.lookup(item.getTargetType(), item.getTargetId()).orElse(null);
        List<Flag> itemFlags = flags.of(item.getId());
        Set<Long> people = new HashSet<>();
        itemFlags.forEach(f -> people.add(f.getReporterId()));
        people.add(item.getAuthorId());
        Map<Long, Account> byId = accounts.byIds(people);
        List<FlagRow> flagRows = itemFlags.stream().map(f -> new FlagRow(f.getReason(),
                FlagReason.of(f.getReason()).map(FlagReason::label).orElse(f.getReason()),
                byId.containsKey(f.getReporterId()) ? byId.get(f.getReporterId()).getDisplayName() : "deleted user",
                f.getReporterId(), f.getNote(), f.getAnnouncementId(), f.getCreatedAt())).toList();
        String boardName = item.getBoardId() == null ? null : boards.byId(item.getBoardId()).map(Board::getName).orElse(null);
        return new Row(item, target, flagRows, history(byId.get(item.getAuthorId()), item), covered, boardName);
    }

    private AuthorHistory history(Account author, ModerationItem item) {
        long id = item.getAuthorId();
        long posts = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM post WHERE author_id = ? AND deleted_at IS NULL")
                .setParameter(1, id).getSingleResult()).longValue();
        long earlier = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM flag f JOIN moderation_item i ON i.id = f.item_id"
                        + " WHERE i.author_id = ? AND i.id <> ?")
                .setParameter(1, id).setParameter(2, item.getId()).getSingleResult()).longValue();
        if (author == null) {
            return new AuthorHistory(id, "deleted user", null, false, posts, earlier, false, false);
        }
        var organisation = author.getOrganisation();
        return new AuthorHistory(id, author.getDisplayName(), organisation == null ? null : organisation.getName(),
                organisation != null && organisation.isVerified(), posts, earlier, author.isSilenced(), author.isSuspendedForAPeriod());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
