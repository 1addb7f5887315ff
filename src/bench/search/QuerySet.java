import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's queries, drawn from the generator's vocabulary with a fixed seed so every
 * run asks the same 240 questions: frequent and rare words in every language, two and three
 * words, phrases, OR, exclusion, prefixes, filters typed in the box or passed as parameters,
 * newest first, later pages. Every answer carries highlighted snippets and facets.
 */
final class QuerySet {

    record Query(String category, String q, Map<String, String> parameters) {
        Query(String category, String q) {
            this(category, q, Map.of());
        }
    }

    static final String[] BOARDS = {"i-need-help", "i-can-help", "technological-solutions", "best-practices",
        "economic-effects", "funding", "social-aspects", "supporting-policies"};

    static List<Query> build() {
        Random random = new Random(7);
        Vocabulary words = new Vocabulary(new Random(2020), 30_000);
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            queries.add(new Query("one word", domain(random, language(i))));
        }
        for (int i = 0; i < 30; i++) {
            String language = language(i);
            queries.add(new Query("two words", domain(random, language) + " " + domain(random, language)));
        }
        for (int i = 0; i < 15; i++) {
            String language = language(i);
            queries.add(new Query("three words", domain(random, language) + " " + domain(random, language) + " "
                    + words.made.get(20 + random.nextInt(200))));
        }
        for (int i = 0; i < 25; i++) {
            queries.add(new Query("phrase", "\"" + Vocabulary.pick(Vocabulary.PHRASES.get(language(i)), random) + "\""));
        }
        for (int i = 0; i < 15; i++) {
            String language = language(i);
            queries.add(new Query("OR", domain(random, language) + " OR " + domain(random, language)));
        }
        for (int i = 0; i < 15; i++) {
            String language = language(i);
            queries.add(new Query("exclusion", domain(random, language) + " -" + domain(random, language)));
        }
        for (int i = 0; i < 15; i++) {
            String word = domain(random, language(i));
            queries.add(new Query("prefix", word.substring(0, Math.min(word.length(), 5)) + "*"));
        }
        for (int i = 0; i < 20; i++) {
            queries.add(new Query("rare word", words.made.get(1_000 + random.nextInt(25_000))));
        }
        for (int i = 0; i < 40; i++) {
            String language = language(i);
            Map<String, String> filter = new LinkedHashMap<>();
            String typed = "";
            switch (i % 4) {
                case 0 -> filter.put("board", BOARDS[random.nextInt(BOARDS.length)]);
                case 1 -> filter.put("type", Generate.TYPES[random.nextInt(Generate.TYPES.length)].toLowerCase());
                case 2 -> typed = " country:" + Generate.COUNTRIES[random.nextInt(Generate.COUNTRIES.length)];
                default -> typed = " tag:" + Vocabulary.pick(Vocabulary.TAGS, random);
            }
            queries.add(new Query("filter", domain(random, language) + typed, filter));
        }
        for (int i = 0; i < 15; i++) {
            queries.add(new Query("newest first", domain(random, language(i)), Map.of("sort", "newest")));
        }
        for (int i = 0; i < 10; i++) {
            queries.add(new Query("page 3", domain(random, language(i)), Map.of("page", "3")));
        }
        return queries;
    }

    private static String language(int i) {
        return Vocabulary.LANGUAGES.get(i % Vocabulary.LANGUAGES.size());
    }

    private static String domain(Random random, String language) {
        return Vocabulary.pick(Vocabulary.DOMAIN.get(language), random);
    }
}
