package eu.clusterhub.search;

import eu.clusterhub.platform.web.HtmlText;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleFragmenter;

/**
 * The snippets of one search's hits: the part of each body where the words match best,
 * about {@link #LENGTH} characters, the matches in {@code <mark>}, everything else
 * HTML-escaped. Lucene's highlighter works on the body text the search projected,
 * analysed by the text's own language analyzer, so "ventilators" marks "ventilator": it
 * marks the words whose stems are among the query's stems in every language, as the
 * search matched them ({@link QueryWords}, read once per search from its query).
 * Highlighting inside the search cost more than the search: the index's highlighter
 * re-reads the stored document of every hit.
 */
final class Snippets {

    static final int LENGTH = 240;
    private static final String FIELD = "body";

    /** The words to mark; null when the search had none. */
    private final QueryWords wanted;

    /** For the words of this query ({@link StemsQueryParser}), or none. */
    Snippets(Query words) {
        this.wanted = words == null ? null : new QueryWords(words);
    }

    /** The snippet of a body in that language for these words (the box's syntax, as the simple query string reads it). */
    static String of(String body, String language, String words) {
        return new Snippets(words.isBlank() ? null : StemsQueryParser.of(words)).of(body, language);
    }

    /** The snippet of a body in that language. */
    String of(String body, String language) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        Analyzer analyzer = SearchAnalyzers.analyzer(SearchAnalyzers.forLanguage(language));
        if (wanted == null || wanted.isEmpty()) {
            return beginning(HtmlText.escape(body));
        }
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlText::escape, wanted.scorer());
        highlighter.setTextFragmenter(new SimpleFragmenter(LENGTH));
        try {
            String best = highlighter.getBestFragment(analyzer, FIELD, body);
            return best == null ? beginning(HtmlText.escape(body)) : best.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return beginning(HtmlText.escape(body));
        }
    }

    /**
     * A body without matches, cut at a space near {@link #LENGTH}: it is HTML-escaped
     * already, and a space is never inside an entity such as {@code &amp;}.
     */
    static String beginning(String fragment) {
        if (fragment.length() <= LENGTH || fragment.contains("<mark>")) {
            return fragment;
        }
        int cut = fragment.lastIndexOf(' ', LENGTH);
        if (cut < LENGTH / 2) {
            cut = LENGTH;
            int entity = fragment.lastIndexOf('&', cut - 1);
            if (entity >= 0 && fragment.indexOf(';', entity) >= cut) {
                cut = entity;
            }
        }
        return fragment.substring(0, cut) + " …";
    }
}
