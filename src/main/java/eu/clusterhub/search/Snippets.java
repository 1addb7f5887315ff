package eu.clusterhub.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;

/**
 * The snippets of one page of hits: the words highlighted in {@code <mark>}, everything else
 * HTML-escaped. A second query over just those documents highlights only the body fields of
 * their languages; highlighting all nine language fields of every hit in the search itself
 * cost more than the search.
 */
final class Snippets {

    static final int LENGTH = 240;

    private Snippets() {
    }

    /** Snippet by document key, for these keys with their languages. */
    static Map<String, String> of(SearchSession session, Map<String, String> languageByKey,
                                  BiConsumer<SearchPredicateFactory, SimpleBooleanPredicateClausesCollector<?, ?>> matching) {
        Map<String, String> snippets = new HashMap<>();
        if (languageByKey.isEmpty()) {
            return snippets;
        }
        List<String> fields = languageByKey.values().stream()
                .map(language -> LanguageFields.BODY + SearchAnalyzers.forLanguage(language)).distinct().toList();
        Collection<String> keys = languageByKey.keySet();
        List<List<?>> rows = session.search(TextDocument.class)
                .select(f -> {
                    List<SearchProjection<?>> projections = new ArrayList<>();
                    projections.add(f.id(String.class).toProjection());
                    fields.forEach(field -> projections.add(f.highlight(field).toProjection()));
                    return f.composite().from(projections.toArray(SearchProjection[]::new)).asList();
                })
                .where((f, root) -> {
                    matching.accept(f, root);
                    root.add(f.id().matchingAny(keys));
                })
                .highlighter(f -> f.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        // a hit matched in its title only shows its body's beginning: the highlighter returns the
                        // whole body then (it cannot cut it; any other size is ignored with a warning), cut below
                        .numberOfFragments(1).noMatchSize(Integer.MAX_VALUE))
                .fetchHits(keys.size());
        for (List<?> row : rows) {
            snippets.put((String) row.get(0), first(row.subList(1, row.size())));
        }
        return snippets;
    }

    @SuppressWarnings("unchecked")
    private static String first(List<?> highlights) {
        for (Object fragments : highlights) {
            List<String> list = (List<String>) fragments;
            if (list != null && !list.isEmpty()) {
                return beginning(list.get(0));
            }
        }
        return "";
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
