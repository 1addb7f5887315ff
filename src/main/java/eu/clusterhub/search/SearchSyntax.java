package eu.clusterhub.search;

/**
 * The box's query language in the terms of Lucene's simple query string: words (all
 * required), "phrases", OR between alternatives, -exclusion, prefix*. The simple query
 * string never fails on bad syntax (an unbalanced quote or parenthesis is read as text),
 * which is what a search box needs.
 */
final class SearchSyntax {

    private SearchSyntax() {
    }

    static String forSimpleQueryString(String words) {
        if (words == null) {
            return "";
        }
        // OR and AND as words people type; the simple query string spells them | and +
        return words.replaceAll("(?<=\\s)OR(?=\\s)", "|").replaceAll("(?<=\\s)AND(?=\\s)", "+").strip();
    }
}
