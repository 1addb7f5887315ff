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

    /**
     * What an anonymous attacker would send to make searches expensive: the longest query of
     * prefixes, the deepest pages, many frequent words joined by OR, fuzzy words, phrases
     * with a slop, short prefixes, newest first over everything. Each is either refused
     * (400) or answered within the bounds of SearchRequest and StemsQueryParser.
     */
    static List<Query> hostile() {
        String[] en = Vocabulary.DOMAIN.get("en");
        List<Query> queries = new ArrayList<>();
        StringBuilder twoLetterPrefixes = new StringBuilder();
        StringBuilder threeLetterPrefixes = new StringBuilder();
        for (char a = 'a'; a <= 'z' && twoLetterPrefixes.length() < 990; a++) {
            for (char b = 'a'; b <= 'z' && twoLetterPrefixes.length() < 990; b++) {
                twoLetterPrefixes.append(a).append(b).append("*|");
                threeLetterPrefixes.append(a).append(b).append("e*|");
            }
        }
        queries.add(new Query("1000 chars of aa*|ab*|...", twoLetterPrefixes.substring(0, Math.min(999, twoLetterPrefixes.length()))));
        queries.add(new Query("1000 chars of aae*|abe*|...", threeLetterPrefixes.substring(0, Math.min(999, threeLetterPrefixes.length()))));
        queries.add(new Query("page 1000 of 50", en[0], Map.of("page", "1000", "size", "50")));
        queries.add(new Query("deepest page allowed (20 of 50)", "production", Map.of("page", "20", "size", "50")));
        queries.add(new Query("deepest page allowed, newest", "", Map.of("page", "20", "size", "50", "sort", "newest")));
        StringBuilder anyWord = new StringBuilder();
        StringBuilder allWords = new StringBuilder();
        StringBuilder fuzzy = new StringBuilder();
        StringBuilder shortPrefixes = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            anyWord.append(i == 0 ? "" : " | ").append(en[i]);
            allWords.append(i == 0 ? "" : " ").append(Vocabulary.pick(Vocabulary.DOMAIN.get(Vocabulary.LANGUAGES.get(i % 7)), new Random(i)));
            fuzzy.append(i == 0 ? "" : " | ").append(en[i]).append("~2");
            shortPrefixes.append(i == 0 ? "" : "|").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 + 4)).append('*');
        }
        queries.add(new Query("32 frequent words OR-ed, 50 a page", anyWord.toString(), Map.of("size", "50")));
        queries.add(new Query("32 words of 7 languages", allWords.toString()));
        queries.add(new Query("33 words", anyWord + " | gloves"));
        queries.add(new Query("32 fuzzy words OR-ed", fuzzy.toString(), Map.of("size", "50")));
        queries.add(new Query("32 short prefixes OR-ed", shortPrefixes.toString(), Map.of("size", "50")));
        queries.add(new Query("4 three-letter prefixes OR-ed", "pro* | con* | sup* | del*", Map.of("size", "50")));
        queries.add(new Query("4 prefixes, newest, page 20", "pro* | con* | sup* | del*", Map.of("size", "50", "page", "20", "sort", "newest")));
        queries.add(new Query("5 prefixes", "pro* con* sup* del* man*"));
        queries.add(new Query("phrase of 30 words with slop 50", "\"" + String.join(" ", java.util.Arrays.copyOf(en, 30)) + "\"~50"));
        queries.add(new Query("OR of 10 phrases", String.join(" | ", java.util.Collections.nCopies(10, "\"supply chain\""))));
        queries.add(new Query("everything, newest, facets", "*", Map.of("sort", "newest", "size", "50")));
        return queries;
    }

    private static String language(int i) {
        return Vocabulary.LANGUAGES.get(i % Vocabulary.LANGUAGES.size());
    }

    private static String domain(Random random, String language) {
        return Vocabulary.pick(Vocabulary.DOMAIN.get(language), random);
    }
}
