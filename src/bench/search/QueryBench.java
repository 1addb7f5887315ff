import java.net.URI;
import java.net.URLEncoder;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the query set against GET /api/search over HTTP (one client, one query at a time,
 * after warm-up rounds for at least -Dwarmup.seconds, default 90: on two cores the JIT
 * compiler of a freshly started portal competes with the searches for minutes; three
 * measured rounds) and, when a JDBC URL is given, the same
 * queries against MariaDB InnoDB FULLTEXT ({@link FulltextBaseline}). Prints latency
 * percentiles per engine and per kind of query, and the ratio on the same queries.
 * With -Dfulltext.every=N only every N-th query goes to MariaDB (a round of all of them
 * takes long at a million posts); the ratio is then over that subset, for both engines.
 *
 *   java [-Dfulltext.every=N] -cp bench-classes:mariadb-java-client.jar QueryBench base-url [jdbc-url user password]
 */
public final class QueryBench {

    /** The search counts exactly up to here ("10000+"); both engines' totals are capped to compare them. */
    static final long COUNTED_UP_TO = 10_000;
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && args.length != 4) {
            System.err.println("usage: QueryBench base-url [jdbc-url user password]");
            System.exit(2);
        }
        List<QuerySet.Query> queries = QuerySet.build();
        System.out.printf("%d queries%n", queries.size());
        List<List<Double>> search = overHttp(args[0].replaceAll("/$", ""), queries);
        report("Search API over HTTP, all queries", byCategory(queries, search, 1), null);
        if (!Boolean.getBoolean("hostile.skip")) {
            hostile(args[0].replaceAll("/$", ""));
        }
        if (args.length == 4) {
            int every = Integer.getInteger("fulltext.every", 1);
            List<QuerySet.Query> subset = new ArrayList<>();
            for (int i = 0; i < queries.size(); i += every) {
                subset.add(queries.get(i));
            }
            try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
                Map<String, List<Double>> fulltext = new FulltextBaseline(db).run(subset);
                report("Search API vs MariaDB FULLTEXT, " + subset.size() + " queries (every " + every + ". of the set)",
                        byCategory(queries, search, every), fulltext);
            }
        }
    }

    /** The measured times of every {@code every}-th query, by category. */
    private static Map<String, List<Double>> byCategory(List<QuerySet.Query> queries, List<List<Double>> times, int every) {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i += every) {
            millis.computeIfAbsent(queries.get(i).category(), c -> new ArrayList<>()).addAll(times.get(i));
        }
        return millis;
    }

    /** Per query, its three measured times. */
    private static List<List<Double>> overHttp(String base, List<QuerySet.Query> queries) throws Exception {
        long hits = 0;
        long warmUntil = System.nanoTime() + Long.getLong("warmup.seconds", 90) * 1_000_000_000L;
        int warmUpRounds = 0;
        while (warmUpRounds < Integer.getInteger("warmup.rounds", 2) || System.nanoTime() < warmUntil) {
            for (QuerySet.Query query : queries) {
                call(base, query);
            }
            warmUpRounds++;
        }
        System.out.printf("warm-up: %d rounds%n", warmUpRounds);
        if (Boolean.getBoolean("warmup.only")) {
            System.exit(0);
        }
        List<List<Double>> millis = new ArrayList<>();
        queries.forEach(query -> millis.add(new ArrayList<>()));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < queries.size(); i++) {
                QuerySet.Query query = queries.get(i);
                long started = System.nanoTime();
                String body = call(base, query);
                millis.get(i).add((System.nanoTime() - started) / 1e6);
                Matcher total = TOTAL.matcher(body);
                hits += round == 0 && total.find() ? Math.min(COUNTED_UP_TO, Long.parseLong(total.group(1))) : 0;
            }
        }
        System.out.printf("search API: %,d hits in total over the set (totals above %,d count as %,d)%n", hits, COUNTED_UP_TO,
                COUNTED_UP_TO);
        return millis;
    }

    /**
     * The hostile set ({@link QuerySet#hostile()}): each query three times alone, then all
     * of them at once from four clients, three rounds; every answer must be a 200 or a 400.
     * Reports each query's worst time and status, and the worst of all.
     */
    private static void hostile(String base) throws Exception {
        List<QuerySet.Query> queries = QuerySet.hostile();
        System.out.printf("%nHostile queries (worst of 3 alone, then of 3 rounds with 4 clients in parallel)%n%n"
                + "| query | status | partial | worst alone | worst in parallel |%n|---|---|---|---|---|%n");
        double worstAlone = 0;
        double worstParallel = 0;
        String worstQuery = "";
        double[] alone = new double[queries.size()];
        String[] outcome = new String[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                String[] answer = answer(base, queries.get(i));
                alone[i] = Math.max(alone[i], (System.nanoTime() - started) / 1e6);
                outcome[i] = answer[0] + " | " + answer[1];
            }
        }
        double[] parallel = new double[queries.size()];
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<java.util.concurrent.Future<double[]>> timed = new ArrayList<>();
                for (int i = 0; i < queries.size(); i++) {
                    int index = i;
                    timed.add(clients.submit(() -> {
                        long started = System.nanoTime();
                        answer(base, queries.get(index));
                        return new double[] {index, (System.nanoTime() - started) / 1e6};
                    }));
                }
                for (var future : timed) {
                    double[] result = future.get();
                    parallel[(int) result[0]] = Math.max(parallel[(int) result[0]], result[1]);
                }
            }
        } finally {
            clients.shutdown();
        }
        for (int i = 0; i < queries.size(); i++) {
            System.out.printf("| %s | %s | %.1f ms | %.1f ms |%n", queries.get(i).category(), outcome[i], alone[i], parallel[i]);
            if (alone[i] > worstAlone) {
                worstAlone = alone[i];
                worstQuery = queries.get(i).category();
            }
            worstParallel = Math.max(worstParallel, parallel[i]);
        }
        System.out.printf("%nworst hostile query alone: %.1f ms (%s); worst with 4 clients in parallel: %.1f ms%n", worstAlone,
                worstQuery, worstParallel);
    }

    /** Status and partial flag ("-" for a 400) of one hostile query; anything but a 200 or a 400 stops the benchmark. */
    private static String[] answer(String base, QuerySet.Query query) throws Exception {
        StringBuilder url = new StringBuilder(base).append("/api/search?q=").append(encode(query.q()));
        query.parameters().forEach((name, value) -> url.append('&').append(name).append('=').append(encode(value)));
        HttpURLConnection connection = (HttpURLConnection) URI.create(url.toString()).toURL().openConnection();
        int status = connection.getResponseCode();
        String body;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status != 200 && status != 400) {
            throw new IllegalStateException(url + " answered " + status + ": " + body);
        }
        return new String[] {Integer.toString(status), status == 200 ? Boolean.toString(body.contains("\"partial\":true")) : "-"};
    }

    /**
     * One GET over a kept-alive connection. HttpURLConnection rather than java.net.http's
     * client: its asynchronous machinery added 2-4 ms per request on two busy cores, which
     * the search would be blamed for.
     */
    private static String call(String base, QuerySet.Query query) throws Exception {
        StringBuilder url = new StringBuilder(base).append("/api/search?q=").append(encode(query.q()));
        query.parameters().forEach((name, value) -> url.append('&').append(name).append('=').append(encode(value)));
        HttpURLConnection connection = (HttpURLConnection) URI.create(url.toString()).toURL().openConnection();
        int status = connection.getResponseCode();
        String body;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status != 200 || !body.contains("\"facets\"")) {
            throw new IllegalStateException(url + " answered " + status + ": " + body);
        }
        return body;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void report(String title, Map<String, List<Double>> search, Map<String, List<Double>> fulltext) {
        System.out.printf("%n%s%n%n| queries | n | search p50 | p95 | p99 |%s%n", title, fulltext == null ? ""
                : " FULLTEXT p50 | p95 | p99 | p50 ratio | p95 ratio |");
        System.out.printf("|---|---|---|---|---|%s%n", fulltext == null ? "" : "---|---|---|---|---|");
        Map<String, List<Double>> all = new LinkedHashMap<>(search);
        all.put("all", search.values().stream().flatMap(List::stream).toList());
        Map<String, List<Double>> baseline = fulltext == null ? null : new LinkedHashMap<>(fulltext);
        if (baseline != null) {
            baseline.put("all", fulltext.values().stream().flatMap(List::stream).toList());
        }
        for (var entry : all.entrySet()) {
            double[] ours = percentiles(entry.getValue());
            StringBuilder line = new StringBuilder(String.format("| %s | %d | %.1f ms | %.1f ms | %.1f ms |", entry.getKey(),
                    entry.getValue().size(), ours[0], ours[1], ours[2]));
            if (baseline != null && baseline.containsKey(entry.getKey())) {
                double[] theirs = percentiles(baseline.get(entry.getKey()));
                line.append(String.format(" %.0f ms | %.0f ms | %.0f ms | %s | %s |", theirs[0], theirs[1], theirs[2],
                        ratio(theirs[0], ours[0]), ratio(theirs[1], ours[1])));
            }
            System.out.println(line);
        }
        if (baseline != null) {
            double ours = all.get("all").stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double theirs = baseline.get("all").stream().mapToDouble(Double::doubleValue).average().orElse(0);
            System.out.printf("%nmean per query: search %.1f ms, FULLTEXT %.0f ms, ratio %s%n", ours, theirs, ratio(theirs, ours));
        }
    }

    /** How many times faster the search was: "12x", or "0.4x" when it was slower. */
    private static String ratio(double theirs, double ours) {
        double ratio = theirs / ours;
        return String.format(ratio < 10 ? "%.1fx" : "%.0fx", ratio);
    }

    static double[] percentiles(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99)};
    }

    private static double at(double[] sorted, double fraction) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
    }
}
