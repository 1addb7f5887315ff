import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same queries the way a forum on MariaDB alone answers them: InnoDB FULLTEXT over the
 * post bodies, MATCH ... AGAINST in boolean mode, the same filters as joins, a count and a
 * page of ten by relevance (or newest first). No facets and no snippets: the comparison
 * favours MariaDB. The FULLTEXT index is created on first use (and its build time printed).
 * One round after warming up on five queries: at a million posts a round takes many minutes.
 */
final class FulltextBaseline {

    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|\\S+");
    /** A statement running longer is stopped and counted at this time: less than it would have taken. */
    static final int TIMEOUT_SECONDS = 20;

    private static final int MAX_STATEMENT_TIME_EXCEEDED = 1969;

    private final Connection db;

    FulltextBaseline(Connection db) {
        this.db = db;
    }

    Map<String, List<Double>> run(List<QuerySet.Query> queries) throws SQLException {
        ensureIndex();
        for (QuerySet.Query query : queries.subList(0, Math.min(5, queries.size()))) {
            try {
                execute(query);
            } catch (SQLException e) {
                // warming up only
            }
        }
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        long hits = 0;
        int stopped = 0;
        for (QuerySet.Query query : queries) {
            long started = System.nanoTime();
            try {
                hits += Math.min(QueryBench.COUNTED_UP_TO, execute(query));
            } catch (SQLException e) {
                if (e.getErrorCode() != MAX_STATEMENT_TIME_EXCEEDED) {
                    throw e;
                }
                stopped++;
            }
            millis.computeIfAbsent(query.category(), c -> new ArrayList<>()).add((System.nanoTime() - started) / 1e6);
        }
        System.out.printf("FULLTEXT: %d of %d queries stopped after %d s%n", stopped, queries.size(), TIMEOUT_SECONDS);
        System.out.printf("FULLTEXT: %,d hits in total over the set (totals above %,d count as %,d)%n", hits,
                QueryBench.COUNTED_UP_TO, QueryBench.COUNTED_UP_TO);
        return millis;
    }

    private void ensureIndex() throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                     + " AND table_name = 'post' AND index_name = 'bench_post_body'")) {
            row.next();
            if (row.getLong(1) == 0) {
                long started = System.currentTimeMillis();
                sql.execute("ALTER TABLE post ADD FULLTEXT INDEX bench_post_body (body_markdown)");
                System.out.printf("FULLTEXT index built in %.1f s%n", (System.currentTimeMillis() - started) / 1000.0);
            }
        }
    }

    /** Runs the count and the page; returns the count. */
    private long execute(QuerySet.Query query) throws SQLException {
        List<String> words = new ArrayList<>();
        Map<String, String> filters = new LinkedHashMap<>(query.parameters());
        Matcher token = TOKEN.matcher(query.q());
        while (token.find()) {
            String t = token.group();
            int colon = t.indexOf(':');
            if (colon > 0 && !t.startsWith("\"")) {
                filters.put(t.substring(0, colon), t.substring(colon + 1));
            } else {
                words.add(t);
            }
        }
        String against = booleanMode(words);
        StringBuilder where = new StringBuilder(" FROM post p JOIN forum_thread t ON t.id = p.thread_id"
                + " JOIN board b ON b.id = t.board_id JOIN account a ON a.id = p.author_id"
                + " LEFT JOIN organisation o ON o.id = a.organisation_id"
                + " WHERE MATCH (p.body_markdown) AGAINST (? IN BOOLEAN MODE) AND p.deleted_at IS NULL");
        List<String> values = new ArrayList<>(List.of(against));
        filter(filters, "board", " AND b.slug = ?", where, values);
        filter(filters, "type", " AND t.type = UPPER(?)", where, values);
        filter(filters, "country", " AND o.country = UPPER(?)", where, values);
        filter(filters, "tag", " AND EXISTS (SELECT 1 FROM thread_tag g WHERE g.thread_id = t.id AND g.tag = ?)", where, values);
        int page = Integer.parseInt(filters.getOrDefault("page", "1"));
        long count = single("SELECT COUNT(*)" + where, values);
        String order = "newest".equals(filters.get("sort")) ? " ORDER BY p.created_at DESC" : " ORDER BY score DESC";
        List<String> pageValues = new ArrayList<>(values);
        pageValues.add(0, against);
        single("SELECT COUNT(*) FROM (SELECT p.id, MATCH (p.body_markdown) AGAINST (? IN BOOLEAN MODE) AS score" + where
                + order + " LIMIT 10 OFFSET " + (page - 1) * 10 + ") hits", pageValues);
        return count;
    }

    /** "+word", "+\"a phrase\"", "-word", "+prefix*"; "a OR b" becomes "+(a b)". */
    static String booleanMode(List<String> words) {
        StringBuilder against = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i + 2 < words.size() && words.get(i + 1).equals("OR")) {
                against.append(" +(").append(word).append(' ').append(words.get(i + 2)).append(')');
                i += 2;
            } else {
                against.append(word.startsWith("-") ? " " : " +").append(word);
            }
        }
        return against.toString().strip();
    }

    private static void filter(Map<String, String> filters, String name, String sql, StringBuilder where, List<String> values) {
        if (filters.containsKey(name)) {
            where.append(sql);
            values.add(filters.get(name));
        }
    }

    private long single(String sql, List<String> values) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SET STATEMENT max_statement_time = " + TIMEOUT_SECONDS + " FOR " + sql)) {
            for (int i = 0; i < values.size(); i++) {
                query.setString(i + 1, values.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
