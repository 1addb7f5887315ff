package eu.clusterhub.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Title and body as full text, each in one field of stems: a text is stemmed once, by its
 * own language's analyzer, when it is indexed, and a query word is looked up as every
 * language stems it ({@link EveryLanguageStems}). One field per language instead made every
 * query word a disjunction over up to eighteen fields, the largest cost of a search at a
 * million posts. The body is also kept as written, for the snippets.
 */
public class LanguageFields implements TypeBinder {

    static final String TITLE_STEMS = "titleStems";
    static final String BODY_STEMS = "bodyStems";
    /** The body as written: stored for the snippets, not searched. */
    static final String BODY = "body";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("body").use("language");
        // titles are short: their length says little, so no norms (one lookup less per word and hit)
        var title = context.typeFactory().asString().analyzer(SearchAnalyzers.STEMS)
                .searchAnalyzer(SearchAnalyzers.EVERY_LANGUAGE).norms(Norms.NO).toIndexFieldType();
        var body = context.typeFactory().asString().analyzer(SearchAnalyzers.STEMS)
                .searchAnalyzer(SearchAnalyzers.EVERY_LANGUAGE).toIndexFieldType();
        var written = context.typeFactory().asString().searchable(Searchable.NO).projectable(Projectable.YES)
                .toIndexFieldType();
        context.bridge(TextDocument.class, new Bridge(context.indexSchemaElement().field(TITLE_STEMS, title).toReference(),
                context.indexSchemaElement().field(BODY_STEMS, body).toReference(),
                context.indexSchemaElement().field(BODY, written).toReference()));
    }

    private record Bridge(IndexFieldReference<String> titleStems, IndexFieldReference<String> bodyStems,
            IndexFieldReference<String> body) implements TypeBridge<TextDocument> {

        @Override
        public void write(DocumentElement target, TextDocument document, TypeBridgeWriteContext context) {
            String analyzer = SearchAnalyzers.forLanguage(document.getLanguage());
            if (document.getTitle() != null) {
                target.addValue(titleStems, SearchAnalyzers.stems(analyzer, document.getTitle()));
            }
            if (document.getBody() != null) {
                target.addValue(bodyStems, SearchAnalyzers.stems(analyzer, document.getBody()));
                target.addValue(body, document.getBody());
            }
        }
    }
}
