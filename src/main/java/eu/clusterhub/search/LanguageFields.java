package eu.clusterhub.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Title and body as full text, in one pair of fields per analyzer ("title_de", "body_de"):
 * a document fills only the pair of its own language, so each text is stemmed once, by
 * its own language's rules, and a query is analysed per field, by each language's rules.
 */
public class LanguageFields implements TypeBinder {

    static final String TITLE = "title_";
    static final String BODY = "body_";
    /** Every language's title and body field, as a query searches them. */
    static final String[] TITLE_FIELDS = fields(TITLE);
    static final String[] BODY_FIELDS = fields(BODY);

    private static String[] fields(String prefix) {
        List<String> names = new java.util.ArrayList<>();
        SearchAnalyzers.all().forEach(analyzer -> names.add(prefix + analyzer));
        return names.toArray(String[]::new);
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("body").use("language");
        Map<String, IndexFieldReference<String>> titles = new HashMap<>();
        Map<String, IndexFieldReference<String>> bodies = new HashMap<>();
        // titles are short: their length says little, so no norms (one lookup less per word and hit);
        // the body is stored, as snippets are cut from it, the title is stored once, as "title"
        for (String analyzer : SearchAnalyzers.all()) {
            var title = context.typeFactory().asString().analyzer(analyzer).norms(Norms.NO).toIndexFieldType();
            var body = context.typeFactory().asString().analyzer(analyzer).projectable(Projectable.YES).toIndexFieldType();
            titles.put(analyzer, context.indexSchemaElement().field(TITLE + analyzer, title).toReference());
            bodies.put(analyzer, context.indexSchemaElement().field(BODY + analyzer, body).toReference());
        }
        context.bridge(TextDocument.class, new Bridge(titles, bodies));
    }

    private record Bridge(Map<String, IndexFieldReference<String>> titles, Map<String, IndexFieldReference<String>> bodies)
            implements TypeBridge<TextDocument> {

        @Override
        public void write(DocumentElement target, TextDocument document, TypeBridgeWriteContext context) {
            String analyzer = SearchAnalyzers.forLanguage(document.getLanguage());
            target.addValue(titles.get(analyzer), document.getTitle());
            target.addValue(bodies.get(analyzer), document.getBody());
        }
    }
}
