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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Loads offers and needs straight into a ClusterHub database whose schema and catalogue the
 * portal has already created (categories of content/products.yml, certifications of
 * content/certifications.yml): a few hundred member accounts of organisations in 26 EU/EEA
 * countries, a third of them verified; offers and needs spread over the categories with a
 * skew (masks and gloves crowded), each with the certifications that fit its category,
 * log-normal capacities and quantities, lead times of 0-21 days, dates in the next 1-90
 * days, written in six languages from {@link Words}. Rows go to tab-separated files loaded
 * with LOAD DATA. Deterministic for a seed (the dates move with the day it runs).
 *
 *   java -cp bench-classes:mariadb-java-client.jar Generate jdbc-url user password offers needs [seed]
 */
public final class Generate {

    /** Countries of the organisations, weighted by how many members each has. */
    static final String[] COUNTRIES = {"DE", "DE", "DE", "IT", "IT", "IT", "FR", "FR", "FR", "ES", "ES", "PL", "PL", "NL", "NL",
        "BE", "AT", "PT", "CZ", "SE", "DK", "FI", "IE", "RO", "HU", "GR", "SK", "SI", "HR", "BG", "LT", "LV", "EE", "LU", "NO"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int ORGANISATIONS = 300;
    private static final int ACCOUNTS = 400;

    /** How often offers are filed under a category, by slug (needs alike); the rest share what is left. */
    private static final Map<String, Double> CROWD = new LinkedHashMap<>();

    static {
        CROWD.put("ffp2-masks", 18.0);
        CROWD.put("surgical-masks", 10.0);
        CROWD.put("ffp3-masks", 6.0);
        CROWD.put("masks", 2.0);
        CROWD.put("disposable-gloves", 12.0);
        CROWD.put("surgical-gloves", 5.0);
        CROWD.put("gloves", 1.5);
        CROWD.put("gowns", 6.0);
        CROWD.put("face-shields", 4.0);
        CROWD.put("goggles", 2.0);
        CROWD.put("hand-sanitiser", 5.0);
        CROWD.put("surface-disinfectant", 3.0);
        CROWD.put("test-kits", 4.0);
        CROWD.put("swabs", 3.0);
        CROWD.put("reagents", 2.0);
        CROWD.put("ventilators", 1.0);
        CROWD.put("ventilator-valves", 1.5);
        CROWD.put("breathing-tubing", 1.5);
        CROWD.put("3d-printing", 3.0);
        CROWD.put("machining", 2.0);
        CROWD.put("injection-moulding", 2.0);
        CROWD.put("textile-production", 2.0);
        CROWD.put("electronics-assembly", 1.0);
        CROWD.put("sterilisation", 1.0);
        CROWD.put("road-freight", 2.0);
        CROWD.put("air-freight", 1.0);
        CROWD.put("warehousing", 1.0);
    }

    /** The certifications that fit a group of categories, the one named most often first. */
    private static final Map<String, String[]> CERTIFICATIONS = Map.of(
            "masks", new String[] {"en-149", "ce-marking", "en-14683", "iso-9001"},
            "gloves", new String[] {"en-455", "en-iso-374-5", "ce-marking", "iso-13485"},
            "gowns", new String[] {"en-14126", "en-13795", "ce-marking", "iso-9001"},
            "eyes", new String[] {"en-166", "ce-marking", "iso-9001"},
            "disinfectants", new String[] {"iso-9001", "ce-marking"},
            "testing", new String[] {"iso-13485", "ce-marking", "iso-10993"},
            "ventilators", new String[] {"iso-13485", "ce-marking", "iso-10993"},
            "manufacturing", new String[] {"iso-9001", "iso-13485"},
            "sterilisation", new String[] {"en-iso-11135", "en-iso-11137", "iso-13485"},
            "logistics", new String[] {"iso-9001"});

    /** Median weekly capacity of an offer, by unit; a need's median quantity is about a third of it. */
    private static final Map<String, Double> MEDIAN = Map.of("pieces", 20_000.0, "pairs", 30_000.0, "litres", 2_000.0,
            "kits", 5_000.0, "machine-hours", 80.0, "pallets", 20.0, "shipments", 10.0);

    record Category(long id, String slug, String unit, Long parentId) {
    }

    private final Random random;
    private final Words words;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);

    Generate(long seed) {
        random = new Random(seed);
        words = new Words(random);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: Generate jdbc-url user password offers needs [seed]");
            System.exit(2);
        }
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "allowLocalInfile=true";
        int offers = Integer.parseInt(args[3]);
        int needs = Integer.parseInt(args[4]);
        long started = System.currentTimeMillis();
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            new Generate(args.length > 5 ? Long.parseLong(args[5]) : 2020).load(db, offers, needs);
        }
        System.out.printf("loaded %,d offers and %,d needs in %.1f s%n", offers, needs, (System.currentTimeMillis() - started) / 1000.0);
    }

    void load(Connection db, int offers, int needs) throws SQLException, IOException {
        List<Category> categories = categories(db);
        Map<String, Long> certificationIds = new HashMap<>();
        Map<Long, String> certificationNames = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id, slug, name FROM certification");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                certificationIds.put(row.getString(2), row.getLong(1));
                certificationNames.put(row.getLong(1), row.getString(3));
            }
        }
        if (categories.isEmpty() || certificationIds.isEmpty()) {
            throw new IllegalStateException("No categories or certifications: start the portal once on this database first");
        }
        long organisation = max(db, "organisation") + 1;
        long account = max(db, "account") + 1;
        long offer = max(db, "offer") + 1;
        long need = max(db, "need") + 1;
        Path dir = Files.createTempDirectory("clusterhub-bench-mm");
        try (Statement sql = db.createStatement()) {
            sql.execute("SET foreign_key_checks = 0, unique_checks = 0");
            Members members = members(dir, organisation, account);
            sql.execute(loadData(dir.resolve("organisation.tsv"), "organisation", "id, name, kind, country, sector, verified_at, created_at"));
            sql.execute(loadData(dir.resolve("account.tsv"), "account",
                    "id, email, display_name, role, status, organisation_id, created_at, updated_at"));
            double[] weights = weights(categories);
            offers(dir, offers, offer, members, categories, weights, certificationIds, certificationNames);
            sql.execute(loadData(dir.resolve("offer.tsv"), "offer", "id, owner_id, organisation_id, category_id, title,"
                    + " description_markdown, description_html, capacity_per_week, unit, lead_time_days, minimum_order, all_countries,"
                    + " valid_until, status, language, created_at, updated_at"));
            sql.execute(loadData(dir.resolve("offer_country.tsv"), "offer_country", "offer_id, country"));
            sql.execute(loadData(dir.resolve("offer_certification.tsv"), "offer_certification", "offer_id, certification_id"));
            needs(dir, needs, need, members, categories, weights, certificationIds, certificationNames);
            sql.execute(loadData(dir.resolve("need.tsv"), "need", "id, owner_id, organisation_id, category_id, title,"
                    + " description_markdown, description_html, quantity, unit, needed_by, country, status, pledged, language,"
                    + " created_at, updated_at"));
            sql.execute(loadData(dir.resolve("need_certification.tsv"), "need_certification", "need_id, certification_id"));
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

    /** The accounts listings are written by: their ids, organisations and countries. */
    record Members(long[] account, long[] organisation, String[] country) {
    }

    private Members members(Path dir, long organisation, long account) throws IOException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String at = now.format(TIME);
        String[] countries = new String[ORGANISATIONS];
        Members members = new Members(new long[ACCOUNTS], new long[ACCOUNTS], new String[ACCOUNTS]);
        try (BufferedWriter organisations = writer(dir, "organisation.tsv"); BufferedWriter accounts = writer(dir, "account.tsv")) {
            for (int i = 0; i < ORGANISATIONS; i++) {
                countries[i] = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String name = "Bench " + Words.capitalised(Integer.toString(i, 36)) + " "
                        + new String[] {"GmbH", "SAS", "S.r.l.", "S.L.", "sp. z o.o.", "B.V.", "Lda", "AB", "A/S"}[i % 9];
                row(organisations, organisation + i, name, "COMPANY", countries[i], "manufacturing",
                        random.nextDouble() < 0.35 ? at : null, at);
            }
            for (int i = 0; i < ACCOUNTS; i++) {
                // the first 300 accounts have an organisation each, the other 100 join one of them
                int org = i < ORGANISATIONS ? i : random.nextInt(ORGANISATIONS);
                members.account()[i] = account + i;
                members.organisation()[i] = organisation + org;
                members.country()[i] = countries[org];
                row(accounts, account + i, "bench-mm-" + run + "-" + i + "@bench.invalid", "Member " + i, "MEMBER", "ACTIVE",
                        organisation + org, at, at);
            }
        }
        return members;
    }

    private void offers(Path dir, int count, long firstId, Members members, List<Category> categories, double[] weights,
                        Map<String, Long> certificationIds, Map<Long, String> certificationNames) throws IOException {
        try (BufferedWriter offers = writer(dir, "offer.tsv"); BufferedWriter countries = writer(dir, "offer_country.tsv");
             BufferedWriter certifications = writer(dir, "offer_certification.tsv")) {
            for (long id = firstId; id < firstId + count; id++) {
                int member = random.nextInt(ACCOUNTS);
                Category category = categories.get(pick(weights));
                String group = Words.group(category.slug());
                String language = language(members.country()[member]);
                long perWeek = logNormal(MEDIAN.get(category.unit()), 1.0);
                int lead = Math.min(21, (int) (-Math.log(1 - random.nextDouble()) * 6));
                long minimum = random.nextDouble() < 0.6 ? 0 : Math.max(1, perWeek * (5 + random.nextInt(46)) / 100);
                boolean all = random.nextDouble() < 0.3;
                double s = random.nextDouble();
                String status = s < 0.85 ? "OPEN" : s < 0.93 ? "PAUSED" : "CLOSED";
                List<Long> held = certificationsOf(group, true, certificationIds);
                List<String> names = held.stream().map(certificationNames::get).toList();
                String markdown = words.offerText(language, group, perWeek, lead, names);
                LocalDateTime created = now.minusMinutes(random.nextInt(60 * 24 * 60));
                row(offers, id, members.account()[member], members.organisation()[member], category.id(),
                        words.offerTitle(language, group, perWeek), markdown, html(markdown), perWeek, category.unit(), lead, minimum,
                        all ? 1 : 0, today.plusDays(1 + random.nextInt(90)), status, language, created.format(TIME),
                        created.format(TIME));
                if (!all) {
                    Set<String> served = new LinkedHashSet<>();
                    served.add(members.country()[member]);
                    int more = random.nextInt(5);
                    while (served.size() < 1 + more) {
                        served.add(COUNTRIES[random.nextInt(COUNTRIES.length)]);
                    }
                    for (String country : served) {
                        row(countries, id, country);
                    }
                }
                for (long certification : held) {
                    row(certifications, id, certification);
                }
            }
        }
    }

    private void needs(Path dir, int count, long firstId, Members members, List<Category> categories, double[] weights,
                       Map<String, Long> certificationIds, Map<Long, String> certificationNames) throws IOException {
        Map<Long, Category> byId = new HashMap<>();
        categories.forEach(c -> byId.put(c.id(), c));
        try (BufferedWriter needs = writer(dir, "need.tsv"); BufferedWriter certifications = writer(dir, "need_certification.tsv")) {
            for (long id = firstId; id < firstId + count; id++) {
                int member = random.nextInt(ACCOUNTS);
                Category category = categories.get(pick(weights));
                // a buyer often asks for "masks", not for a kind of mask: then every kind below matches
                if (category.parentId() != null && random.nextDouble() < 0.1) {
                    category = byId.get(category.parentId());
                }
                String group = Words.group(category.slug());
                String country = random.nextDouble() < 0.85 ? members.country()[member] : COUNTRIES[random.nextInt(COUNTRIES.length)];
                String language = language(country);
                long quantity = logNormal(MEDIAN.get(category.unit()) / 3, 1.2);
                double s = random.nextDouble();
                String status = s < 0.55 ? "OPEN" : s < 0.70 ? "IN_CONTACT" : s < 0.82 ? "PARTLY_COVERED" : s < 0.87 ? "COVERED"
                        : s < 0.94 ? "CLOSED" : "EXPIRED";
                long pledged = switch (status) {
                    case "PARTLY_COVERED" -> Math.max(1, quantity * (10 + random.nextInt(60)) / 100);
                    case "COVERED" -> quantity;
                    default -> 0;
                };
                int days = 1 + random.nextInt(90);
                LocalDate neededBy = status.equals("EXPIRED") ? today.minusDays(1 + random.nextInt(30)) : today.plusDays(days);
                List<Long> required = certificationsOf(group, false, certificationIds);
                List<String> names = required.stream().map(certificationNames::get).toList();
                String markdown = words.needText(language, group, quantity, days, names);
                LocalDateTime created = now.minusMinutes(random.nextInt(45 * 24 * 60));
                row(needs, id, members.account()[member], members.organisation()[member], category.id(),
                        words.needTitle(language, group, quantity), markdown, html(markdown), quantity, category.unit(), neededBy,
                        country, status, pledged, language, created.format(TIME), created.format(TIME));
                for (long certification : required) {
                    row(certifications, id, certification);
                }
            }
        }
    }

    /**
     * An offer holds its group's main certification nine times in ten and each other one
     * half the time; a need requires none (45 %), the main one (40 %) or the main one and
     * another (15 %).
     */
    private List<Long> certificationsOf(String group, boolean offer, Map<String, Long> ids) {
        String[] fitting = CERTIFICATIONS.get(group);
        List<Long> chosen = new ArrayList<>();
        if (offer) {
            for (int i = 0; i < fitting.length; i++) {
                if (random.nextDouble() < (i == 0 ? 0.9 : 0.5)) {
                    chosen.add(ids.get(fitting[i]));
                }
            }
        } else {
            double s = random.nextDouble();
            if (s >= 0.45) {
                chosen.add(ids.get(fitting[0]));
            }
            if (s >= 0.85 && fitting.length > 1) {
                chosen.add(ids.get(fitting[1 + random.nextInt(fitting.length - 1)]));
            }
        }
        return chosen;
    }

    /** Seven times in ten the language of the country, otherwise English (or, rarely, another). */
    private String language(String country) {
        double s = random.nextDouble();
        return s < 0.7 ? Words.languageOf(country) : s < 0.95 ? "en" : Words.LANGUAGES[random.nextInt(Words.LANGUAGES.length)];
    }

    /** A log-normal amount around the median, at least 1, rounded to two significant digits. */
    private long logNormal(double median, double sigma) {
        double value = Math.max(1, median * Math.exp(random.nextGaussian() * sigma));
        double scale = Math.pow(10, Math.max(0, Math.floor(Math.log10(value)) - 1));
        return Math.max(1, Math.round(value / scale) * (long) scale);
    }

    /** Per category, its weight: the crowded ones from {@link #CROWD}, every other one 0.5. */
    private static double[] weights(List<Category> categories) {
        double[] weights = new double[categories.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] = CROWD.getOrDefault(categories.get(i).slug(), 0.5);
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i == 0 ? 0 : weights[i - 1]) + weights[i] / sum;
        }
        return weights;
    }

    private int pick(double[] cumulative) {
        double s = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (s < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static List<Category> categories(Connection db) throws SQLException {
        List<Category> categories = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id, slug, unit, parent_id FROM product_category ORDER BY id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long parent = row.getLong(4);
                Long parentId = row.wasNull() ? null : parent;
                categories.add(new Category(row.getLong(1), row.getString(2), row.getString(3), parentId));
            }
        }
        return categories;
    }

    /** The description as the portal would render it: one escaped paragraph (no Markdown in generated text). */
    private static String html(String text) {
        return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;") + "</p>";
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

    private static long max(Connection db, String table) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
