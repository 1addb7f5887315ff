import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The candidate query of a need, as {@code eu.clusterhub.matchmaking.MatchCandidates.offersFor}
 * builds it (kept in step by hand: the portal's class is not reachable from here), run
 * straight against MariaDB: its time with the LIMIT the portal uses, how many offers are
 * eligible without it, and the plan MariaDB chooses.
 */
final class Candidates {

    private static final Set<String> EU_EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");
    private static final int LIMIT = 300;

    record Timed(double millis, long eligible) {
    }

    private final Connection db;
    private final LocalDate today;
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, Long> eligibleByNeed = new HashMap<>();

    Candidates(Connection db, LocalDate today) throws SQLException {
        this.db = db;
        this.today = today;
        try (PreparedStatement query = db.prepareStatement("SELECT id, parent_id FROM product_category");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long parent = row.getLong(2);
                if (!row.wasNull()) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(row.getLong(1));
                }
            }
        }
    }

    /** The statement's time (best of two, the first may read pages from disk) and the number of eligible offers. */
    Timed forNeed(long needId) throws SQLException {
        Statement statement = statement(needId, false);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long started = System.nanoTime();
            run(statement);
            best = Math.min(best, (System.nanoTime() - started) / 1e6);
        }
        long eligible = run(statement(needId, true));
        eligibleByNeed.put(needId, eligible);
        return new Timed(best, eligible);
    }

    /** EXPLAIN and ANALYZE of the candidate query of the need with the most eligible offers. */
    String explainCrowded(List<Long> needs) throws SQLException {
        long crowded = needs.stream().max((a, b) -> Long.compare(eligibleByNeed.getOrDefault(a, 0L),
                eligibleByNeed.getOrDefault(b, 0L))).orElseThrow();
        Statement statement = statement(crowded, false);
        StringBuilder out = new StringBuilder("need " + crowded + " (" + eligibleByNeed.get(crowded) + " eligible offers):\n"
                + statement.sql() + "\n");
        for (String prefix : List.of("EXPLAIN ", "ANALYZE ")) {
            try (PreparedStatement query = db.prepareStatement(prefix + statement.sql())) {
                statement.bind(query);
                try (ResultSet row = query.executeQuery()) {
                    ResultSetMetaData columns = row.getMetaData();
                    out.append(prefix.strip()).append(":\n");
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        out.append(c > 1 ? " | " : "| ").append(columns.getColumnLabel(c));
                    }
                    out.append(" |\n");
                    while (row.next()) {
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            out.append(c > 1 ? " | " : "| ").append(row.getString(c));
                        }
                        out.append(" |\n");
                    }
                }
            }
        }
        return out.toString();
    }

    private record Statement(String sql, List<Object> parameters) {
        void bind(PreparedStatement query) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
        }
    }

    private long run(Statement statement) throws SQLException {
        long rows = 0;
        try (PreparedStatement query = db.prepareStatement(statement.sql())) {
            statement.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows = statement.sql().startsWith("SELECT COUNT") ? row.getLong(1) : rows + 1;
                }
            }
        }
        return rows;
    }

    /** MatchCandidates.offersFor's statement for the need; {@code count}: how many match, without order and limit. */
    private Statement statement(long needId, boolean count) throws SQLException {
        long category;
        String unit;
        long owner;
        long remaining;
        LocalDate neededBy;
        String country;
        try (PreparedStatement query = db.prepareStatement("SELECT category_id, unit, owner_id, quantity, pledged, needed_by, country"
                + " FROM need WHERE id = ?")) {
            query.setLong(1, needId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                category = row.getLong(1);
                unit = row.getString(2);
                owner = row.getLong(3);
                remaining = row.getLong(4) - row.getLong(5) > 0 ? row.getLong(4) - row.getLong(5) : row.getLong(4);
                neededBy = row.getObject(6, LocalDate.class);
                country = row.getString(7);
            }
        }
        List<Long> certifications = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT certification_id FROM need_certification WHERE need_id = ?")) {
            query.setLong(1, needId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    certifications.add(row.getLong(1));
                }
            }
        }
        List<Long> categories = new ArrayList<>();
        descendants(category, categories);
        long daysLeft = ChronoUnit.DAYS.between(today, neededBy);
        StringBuilder sql = new StringBuilder(count ? "SELECT COUNT(*)" : "SELECT o.id, o.category_id, o.capacity_per_week,"
                + " o.lead_time_days, o.minimum_order, o.all_countries, org.verified_at IS NOT NULL");
        sql.append(" FROM offer o LEFT JOIN organisation org ON org.id = o.organisation_id"
                + " WHERE o.status = 'OPEN' AND o.valid_until >= ? AND o.category_id IN (" + ids(categories) + ")"
                + " AND o.unit = ? AND o.owner_id <> ? AND o.minimum_order <= ? AND o.lead_time_days < ?"
                + " AND (" + (EU_EEA.contains(country) ? "o.all_countries OR " : "")
                + "EXISTS (SELECT 1 FROM offer_country c WHERE c.offer_id = o.id AND c.country = ?))");
        if (!certifications.isEmpty()) {
            sql.append(" AND (SELECT COUNT(*) FROM offer_certification oc WHERE oc.offer_id = o.id AND oc.certification_id IN (")
                    .append(ids(certifications)).append(")) = ").append(certifications.size());
        }
        List<Object> parameters = new ArrayList<>(List.of(today, unit, owner, remaining, daysLeft, country));
        if (!count) {
            sql.append(" ORDER BY LEAST(o.capacity_per_week * (? - o.lead_time_days) DIV 7, ?) DESC, 7 DESC, o.id LIMIT ").append(LIMIT);
            parameters.add(daysLeft);
            parameters.add(remaining);
        }
        return new Statement(sql.toString(), parameters);
    }

    private void descendants(long category, List<Long> into) {
        into.add(category);
        children.getOrDefault(category, List.of()).forEach(child -> descendants(child, into));
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
