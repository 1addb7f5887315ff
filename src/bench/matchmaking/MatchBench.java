import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times matchmaking over HTTP: GET /api/needs/{id}/matches for random active needs (one
 * client, then four at once), GET /api/offers/{id}/matches for random open offers, the lists
 * of needs and offers filtered by category and country, and GET /api/matchmaking/summary
 * (whole and for one category) when the portal has it. Beside the HTTP times it runs each
 * measured need's candidate query ({@link Candidates}, the statement of MatchCandidates)
 * straight against MariaDB, to tell the database's share from the rest.
 *
 * <p>One client is one kept-alive HttpURLConnection at a time, as in the search benchmark
 * (java.net.http's asynchronous client added 2-4 ms per request on two busy cores there).
 *
 *   java [-Dneeds=500] [-Doffers=300] [-Dwarmup.seconds=60] [-Dseed=7] -cp bench-classes:mariadb-java-client.jar
 *        MatchBench base-url jdbc-url user password
 */
public final class MatchBench {

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final String ACTIVE = "('OPEN', 'IN_CONTACT', 'PARTLY_COVERED')";

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: MatchBench base-url jdbc-url user password");
            System.exit(2);
        }
        String base = args[0].replaceAll("/$", "");
        Random random = new Random(Long.getLong("seed", 7));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            List<Long> needs = sample(db, "SELECT id FROM need WHERE status IN " + ACTIVE + " AND needed_by > ? AND quantity > pledged"
                    + " ORDER BY id", today, Integer.getInteger("needs", 500), random);
            List<Long> offers = sample(db, "SELECT id FROM offer WHERE status = 'OPEN' AND valid_until >= ? ORDER BY id", today,
                    Integer.getInteger("offers", 300), random);
            List<Long> warmNeeds = sample(db, "SELECT id FROM need WHERE status IN " + ACTIVE + " AND needed_by > ? ORDER BY id",
                    today, 200, new Random(1));
            List<Long> warmOffers = sample(db, "SELECT id FROM offer WHERE status = 'OPEN' AND valid_until >= ? ORDER BY id", today,
                    100, new Random(1));
            System.out.printf("%,d active needs and %,d open offers sampled%n", needs.size(), offers.size());

            long warmUntil = System.nanoTime() + Long.getLong("warmup.seconds", 60) * 1_000_000_000L;
            int rounds = 0;
            while (rounds < 1 || System.nanoTime() < warmUntil) {
                for (int i = 0; i < warmNeeds.size(); i++) {
                    get(base + "/api/needs/" + warmNeeds.get(i) + "/matches");
                    if (i < warmOffers.size()) {
                        get(base + "/api/offers/" + warmOffers.get(i) + "/matches");
                    }
                }
                get(base + "/api/needs?category=masks&country=IT");
                rounds++;
            }
            System.out.printf("warm-up: %d rounds of %d needs' and %d offers' matches%n", rounds, warmNeeds.size(), warmOffers.size());
            if (Boolean.getBoolean("warmup.only")) {
                return;
            }

            System.out.printf("%n| request | n | p50 | p95 | p99 | max | mean |%n|---|---|---|---|---|---|---|%n");
            List<Double> needTimes = new ArrayList<>();
            long matches = 0;
            for (long id : needs) {
                long started = System.nanoTime();
                String body = get(base + "/api/needs/" + id + "/matches");
                needTimes.add((System.nanoTime() - started) / 1e6);
                matches += total(body);
            }
            line("GET /api/needs/{id}/matches, 1 client", needTimes);
            List<Double> parallel = Collections.synchronizedList(new ArrayList<>());
            long wall = concurrently(base, needs, 4, parallel);
            line("GET /api/needs/{id}/matches, 4 clients", parallel);
            List<Double> offerTimes = new ArrayList<>();
            long offerMatches = 0;
            for (long id : offers) {
                long started = System.nanoTime();
                String body = get(base + "/api/offers/" + id + "/matches");
                offerTimes.add((System.nanoTime() - started) / 1e6);
                offerMatches += total(body);
            }
            line("GET /api/offers/{id}/matches, 1 client", offerTimes);
            // the fixed cost of a request that reads one need (HTTP, JAX-RS, JPA, JSON): what a match request pays besides matching
            List<Double> readTimes = new ArrayList<>();
            for (long id : needs.subList(0, Math.min(100, needs.size()))) {
                long started = System.nanoTime();
                get(base + "/api/needs/" + id);
                readTimes.add((System.nanoTime() - started) / 1e6);
            }
            line("GET /api/needs/{id} (one need, no matching)", readTimes);
            line("GET /api/needs?category=masks&country=IT", repeat(base + "/api/needs?category=masks&country=IT", 100));
            line("GET /api/offers?category=masks&country=IT", repeat(base + "/api/offers?category=masks&country=IT", 100));
            List<String> skipped = new ArrayList<>();
            for (String path : List.of("/api/matchmaking/summary", "/api/matchmaking/summary?category=masks")) {
                long started = System.nanoTime();
                int status = status(base + path);
                double first = (System.nanoTime() - started) / 1e6;
                if (status == 404) {
                    skipped.add(path);
                } else {
                    line("GET " + path + " (first request)", List.of(first));
                    line("GET " + path + " (then 100 times)", repeat(base + path, 100));
                }
            }
            if (skipped.isEmpty()) {
                // the portal keeps a filter's summary for a few seconds: the first request of each filter computes it
                List<Double> cold = new ArrayList<>();
                for (String category : List.of("ffp2-masks", "gloves", "gowns", "testing", "disinfectants", "ventilators")) {
                    for (String country : List.of("IT", "DE", "FR", "PL", "ES")) {
                        long started = System.nanoTime();
                        get(base + "/api/matchmaking/summary?category=" + category + "&country=" + country);
                        cold.add((System.nanoTime() - started) / 1e6);
                    }
                }
                line("GET /api/matchmaking/summary?category=..&country=.., 30 filters, each asked once", cold);
            }

            System.out.printf("%nneed matches: %.1f matches per need on average (at most %d are ranked), %.0f requests/s with 4 clients"
                    + " (%.1f s for %d)%n", (double) matches / needs.size(), 300, needs.size() * 1000.0 / wall, wall / 1000.0, needs.size());
            System.out.printf("offer matches: %.1f matches per offer on average%n", (double) offerMatches / offers.size());
            skipped.forEach(path -> System.out.printf("%s answered 404: not on this build, not measured%n", path));

            Candidates candidates = new Candidates(db, today);
            List<Double> sqlTimes = new ArrayList<>();
            long eligible = 0;
            long capped = 0;
            for (long id : needs) {
                Candidates.Timed timed = candidates.forNeed(id);
                sqlTimes.add(timed.millis());
                eligible += timed.eligible();
                capped += timed.eligible() > 300 ? 1 : 0;
            }
            System.out.printf("%n| the need's candidate query alone (JDBC) | n | p50 | p95 | p99 | max | mean |%n|---|---|---|---|---|---|---|%n");
            line("MatchCandidates.offersFor's statement", sqlTimes);
            System.out.printf("%ncandidates: %.1f eligible offers per need on average (all of them, not only the best 300);"
                    + " %d of %d needs have more than 300%n", (double) eligible / needs.size(), capped, needs.size());
            System.out.printf("%nthe candidate query of the need with the most candidates:%n%s%n", candidates.explainCrowded(needs));
        }
    }

    /** {@code size} ids of the query's rows, drawn without repetition. */
    private static List<Long> sample(Connection db, String sql, LocalDate today, int size, Random random) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, today);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        Collections.shuffle(ids, random);
        return new ArrayList<>(ids.subList(0, Math.min(size, ids.size())));
    }

    /** The needs' matches from {@code clients} clients at once, each taking the next need; returns the wall-clock ms. */
    private static long concurrently(String base, List<Long> needs, int clients, List<Double> times) throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < needs.size(); i = next.getAndIncrement()) {
                        long at = System.nanoTime();
                        get(base + "/api/needs/" + needs.get(i) + "/matches");
                        times.add((System.nanoTime() - at) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static List<Double> repeat(String url, int times) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            get(url);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return millis;
    }

    private static long total(String body) {
        Matcher total = TOTAL.matcher(body);
        return total.find() ? Long.parseLong(total.group(1)) : 0;
    }

    private static int status(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    /** One GET over a kept-alive connection; anything but a 200 stops the benchmark. */
    static String get(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        int status = connection.getResponseCode();
        String body;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status != 200) {
            throw new IllegalStateException(url + " answered " + status + ": " + body);
        }
        return body;
    }

    private static void line(String request, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", request, sorted.length, at(sorted, 0.5),
                at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1], mean);
    }

    private static double at(double[] sorted, double fraction) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
    }
}
