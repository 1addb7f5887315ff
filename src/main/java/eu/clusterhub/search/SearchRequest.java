package eu.clusterhub.search;

import eu.clusterhub.platform.DateParameter;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search as a reader asks it: words with the query language of the box, plus filters,
 * either as parameters or typed into the box ({@code board:funding type:request},
 * {@code kind:offer category:ffp2-masks certification:en-149}), which
 * are taken out of the words. Filters given both ways: the parameter wins.
 */
public record SearchRequest(String words, Map<String, String> filters, LocalDate from, LocalDate to, boolean newest,
                            int page, int size) {

    static final int MAX_QUERY = 1000;
    static final int MAX_SIZE = 50;
    /** How deep results go (page × size): deeper pages make Lucene rank every hit above them, for anyone asking. */
    static final int MAX_DEPTH = 1000;
    /** Words a query may have: each is looked up in every language's stems, in titles and bodies. */
    static final int MAX_WORDS = 32;
    /** Prefixes a query may have: each expands to every indexed word it begins. */
    static final int MAX_PREFIXES = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PREFIX = Pattern.compile("[\\p{L}\\p{N}]{" + StemsQueryParser.MIN_PREFIX + ",}\\*");
    static final Set<String> FILTERS = Set.of("kind", "board", "type", "country", "tag", "category", "certification");
    /** A filter typed into the box, e.g. {@code category:ffp2-masks}; what the page takes out of the box again. */
    static final String TYPED = "(?<![\\S])(kind|board|type|country|tag|category|certification):(\"[^\"]*\"|\\S+)";
    private static final Pattern TYPED_FILTER = Pattern.compile(TYPED);

    /** Reads the API's or the page's parameters; every bad one is named in the ValidationFailed. */
    public static SearchRequest parse(Function<String, String> parameter) {
        List<FieldError> errors = new ArrayList<>();
        String q = parameter.apply("q") == null ? "" : parameter.apply("q");
        if (q.length() > MAX_QUERY) {
            errors.add(new FieldError("q", "Search for at most " + MAX_QUERY + " characters"));
            q = "";
        }
        Map<String, String> filters = new LinkedHashMap<>();
        Matcher typed = TYPED_FILTER.matcher(q);
        while (typed.find()) {
            filters.put(typed.group(1), typed.group(2).replace("\"", ""));
        }
        String words = TYPED_FILTER.matcher(q).replaceAll(" ").replaceAll("\\s+", " ").strip();
        boundCost(words, errors);
        for (String name : FILTERS) {
            String value = parameter.apply(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        }
        filters.replaceAll((name, value) -> normal(name, value));
        filters.values().removeIf(String::isEmpty);
        String sort = parameter.apply("sort");
        if (sort != null && !sort.isBlank() && !sort.equals("relevance") && !sort.equals("newest")) {
            errors.add(new FieldError("sort", "Sort by relevance or newest"));
        }
        LocalDate from = DateParameter.read(parameter.apply("from"), "from", errors);
        LocalDate to = DateParameter.read(parameter.apply("to"), "to", errors);
        int pagingErrors = errors.size();
        Paging paging = Paging.read(parameter.apply("page"), parameter.apply("size"), 10, MAX_SIZE, MAX_DEPTH, errors);
        if (errors.size() == pagingErrors && paging.page() * paging.size() > MAX_DEPTH) {
            errors.add(new FieldError("page", "Results go " + MAX_DEPTH + " hits deep: page × size must be at most " + MAX_DEPTH));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new SearchRequest(words, Map.copyOf(filters), from, to, "newest".equals(sort), paging.page(), paging.size());
    }

    /**
     * What one query may cost an anonymous reader's server: a bounded number of words and
     * of prefixes (shorter prefixes are read as words, see {@link StemsQueryParser}).
     */
    private static void boundCost(String words, List<FieldError> errors) {
        if (WORD.matcher(words).results().count() > MAX_WORDS) {
            errors.add(new FieldError("q", "Search for at most " + MAX_WORDS + " words"));
        } else if (PREFIX.matcher(words).results().count() > MAX_PREFIXES) {
            errors.add(new FieldError("q", "At most " + MAX_PREFIXES + " words may end in *"));
        }
    }

    /**
     * Filter values as the index holds them: kinds, boards, tags, category and certification
     * slugs in lower case, types and countries in upper case.
     */
    private static String normal(String name, String value) {
        return switch (name) {
            case "type", "country" -> value.toUpperCase(Locale.ROOT);
            default -> value.toLowerCase(Locale.ROOT);
        };
    }
}
