import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Loads N forum posts straight into a ClusterHub database (schema already migrated by the
 * portal): organisations and their members in 16 countries, threads of 1 to ~40 posts on the
 * open boards with types, tags and languages, posts written over two years. Rows are
 * written to tab-separated files and bulk-loaded with LOAD DATA, so a million posts take
 * minutes, not hours. Adds to what is there (ids continue after the highest).
 *
 *   java -cp bench-classes:mariadb-java-client.jar Generate jdbc-url user password posts [seed]
 */
public final class Generate {

    static final String[] COUNTRIES = {"DE", "FR", "IT", "ES", "PL", "NL", "PT", "BE", "AT", "CZ", "SE", "DK", "FI", "IE",
        "RO", "HU"};
    static final String[] TYPES = {"EXPERIENCE", "SOLUTION", "REQUEST", "QUESTION", "OFFER"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MEMBERS = 400;

    private final Random random;
    private final Vocabulary words;
    private final Writing writing;

    Generate(long seed) {
        random = new Random(seed);
        words = new Vocabulary(random, 30_000);
        writing = new Writing(random, words);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Generate jdbc-url user password posts [seed]");
            System.exit(2);
        }
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "allowLocalInfile=true";
        long posts = Long.parseLong(args[3]);
        long started = System.currentTimeMillis();
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            new Generate(args.length > 4 ? Long.parseLong(args[4]) : 2020).load(db, posts);
        }
        System.out.printf("loaded %,d posts in %.1f s%n", posts, (System.currentTimeMillis() - started) / 1000.0);
    }

    void load(Connection db, long posts) throws SQLException, IOException {
        List<Long> boards = ids(db, "SELECT id FROM board WHERE archived = FALSE ORDER BY position");
        long organisation = max(db, "organisation") + 1;
        long account = max(db, "account") + 1;
        long thread = max(db, "forum_thread") + 1;
        long post = max(db, "post") + 1;
        Path dir = Files.createTempDirectory("clusterhub-bench");
        try (Statement sql = db.createStatement()) {
            sql.execute("SET foreign_key_checks = 0, unique_checks = 0");
            members(dir, organisation, account);
            sql.execute(loadData(dir.resolve("organisation.tsv"), "organisation",
                    "id, name, kind, country, sector, created_at"));
            sql.execute(loadData(dir.resolve("account.tsv"), "account",
                    "id, email, display_name, role, status, organisation_id, created_at, updated_at"));
            long threads = forum(dir, posts, boards, account, thread, post);
            System.out.printf("files written: %,d threads; loading ...%n", threads);
            sql.execute(loadData(dir.resolve("forum_thread.tsv"), "forum_thread", "id, board_id, title, type, author_id,"
                    + " language, post_count, reply_count, view_count, created_at, last_activity_at"));
            sql.execute(loadData(dir.resolve("thread_tag.tsv"), "thread_tag", "thread_id, tag"));
            sql.execute(loadData(dir.resolve("post.tsv"), "post", "id, thread_id, author_id, position, tree_path, depth,"
                    + " body_markdown, body_html, language, created_at, deleted_at"));
            sql.execute("SET foreign_key_checks = 1, unique_checks = 1");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private void members(Path dir, long organisation, long account) throws IOException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String now = LocalDateTime.now().format(TIME);
        try (BufferedWriter organisations = writer(dir, "organisation.tsv"); BufferedWriter accounts = writer(dir, "account.tsv")) {
            for (int i = 0; i < MEMBERS; i++) {
                String name = Writing.capitalised(words.madeUp(random)) + " " + Writing.capitalised(words.madeUp(random))
                        + " " + new String[] {"GmbH", "SAS", "S.r.l.", "S.L.", "sp. z o.o.", "B.V.", "Lda"}[i % 7];
                row(organisations, organisation + i, name, "COMPANY", COUNTRIES[random.nextInt(COUNTRIES.length)],
                        "manufacturing", now);
                row(accounts, account + i, "bench-" + run + "-" + i + "@bench.invalid", "Member " + i, "MEMBER", "ACTIVE",
                        organisation + i, now, now);
            }
        }
    }

    /** Threads and their posts until {@code posts} are written; returns the number of threads. */
    private long forum(Path dir, long posts, List<Long> boards, long firstAccount, long thread, long post) throws IOException {
        long written = 0;
        long threads = 0;
        LocalDateTime now = LocalDateTime.now();
        try (BufferedWriter threadRows = writer(dir, "forum_thread.tsv"); BufferedWriter tagRows = writer(dir, "thread_tag.tsv");
             BufferedWriter postRows = writer(dir, "post.tsv")) {
            while (written < posts) {
                int size = (int) Math.min(posts - written, 1 + Math.round(-Math.log(1 - random.nextDouble()) * 8));
                String language = Vocabulary.language(random);
                LocalDateTime at = now.minusMinutes(random.nextInt(2 * 365 * 24 * 60));
                long author = firstAccount + random.nextInt(MEMBERS);
                LocalDateTime last = at;
                for (int position = 1; position <= size; position++) {
                    String markdown = writing.body(language);
                    String lang = position == 1 || random.nextDouble() < 0.9 ? language : Vocabulary.language(random);
                    boolean deleted = position > 1 && random.nextDouble() < 0.005;
                    row(postRows, post++, thread, position == 1 ? author : firstAccount + random.nextInt(MEMBERS), position,
                            String.format("%6s", Integer.toString(position, 36)).replace(' ', '0'), 0, markdown,
                            Writing.html(markdown), lang, last.format(TIME), deleted ? last.format(TIME) : null);
                    last = last.plusMinutes(1 + random.nextInt(3 * 24 * 60));
                }
                row(threadRows, thread, boards.get(random.nextInt(boards.size())), writing.title(language),
                        TYPES[random.nextInt(TYPES.length)], author, language, size, size - 1, random.nextInt(500),
                        at.format(TIME), last.format(TIME));
                for (String tag : writing.tags()) {
                    row(tagRows, thread, tag);
                }
                thread++;
                threads++;
                written += size;
            }
        }
        return threads;
    }

    private static String loadData(Path file, String table, String columns) {
        return "LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE " + table + " CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + columns + ")";
    }

    private static BufferedWriter writer(Path dir, String name) throws IOException {
        return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    }

    /** One row in LOAD DATA's default format: tabs between fields, \N for NULL, backslash escapes. */
    private static void row(BufferedWriter out, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(fields[i] == null ? "\\N" : fields[i].toString().replace("\\", "\\\\").replace("\t", "\\t")
                    .replace("\n", "\\n"));
        }
        out.write('\n');
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No open boards: start the portal once on this database first (it seeds them)");
        }
        return ids;
    }

    private static long max(Connection db, String table) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
