package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.schema.management.ElasticsearchIndexSchemaExport;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldDescriptor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapping on the Elasticsearch backend, without a cluster: the version is given and
 * nothing is created, so the mapping boots offline and the index it would create (settings
 * with the analysis definitions, and the field mappings) can be read.
 */
class SearchAnalyzersElasticsearchTest {

    private static CloseableSearchMapping mapping;
    private static JsonObject createIndexBody;

    @BeforeAll
    static void bootWithoutCluster() {
        var settings = new SearchBackendSettings("elasticsearch", "http://127.0.0.1:9", "opensearch:2.17", null, null);
        mapping = SearchMapping.builder(AnnotatedTypeSource.fromClasses(TextDocument.class))
                .properties(settings.properties(Path.of("unused")))
                .property("hibernate.search.backend.version_check.enabled", false)
                .property("hibernate.search.schema_management.strategy", "none")
                .property("hibernate.search.mapping.discover_annotated_types_from_root_mapping_annotations", false)
                .property("hibernate.search.mapping.build_missing_discovered_jandex_indexes", false)
                .build();
        List<ElasticsearchIndexSchemaExport> exports = new ArrayList<>();
        mapping.scope(TextDocument.class).schemaManager().exportExpectedSchema(
                (backend, index, export) -> exports.add(export.extension(ElasticsearchExtension.get())));
        assertThat(exports).hasSize(1);
        createIndexBody = exports.get(0).bodyParts().get(0);
    }

    @AfterAll
    static void close() {
        mapping.close();
    }

    @Test
    void theTextsIndexIsAnElasticsearchIndexWithStemsFieldsSearchedInEveryLanguage() {
        var index = mapping.indexedEntity(TextDocument.class).indexManager().unwrap(ElasticsearchIndexManager.class);
        assertThat(index.descriptor().hibernateSearchName()).isEqualTo("texts");
        for (String field : List.of(LanguageFields.TITLE_STEMS, LanguageFields.BODY_STEMS)) {
            var type = index.descriptor().field(field).map(f -> ((IndexValueFieldDescriptor) f).type()).orElseThrow();
            assertThat(type.analyzerName()).as(field).contains(SearchAnalyzers.STEMS);
            assertThat(type.searchAnalyzerName()).as(field).contains(SearchAnalyzers.EVERY_LANGUAGE);
        }
        JsonObject properties = createIndexBody.getAsJsonObject("mappings").getAsJsonObject("properties");
        assertThat(properties.getAsJsonObject("bodyStems").get("analyzer").getAsString()).isEqualTo("stems");
        assertThat(properties.getAsJsonObject("bodyStems").get("search_analyzer").getAsString()).isEqualTo("every_language");
        assertThat(properties.getAsJsonObject("body").get("index").getAsBoolean()).isFalse();
        assertThat(properties.getAsJsonObject("createdAt").get("type").getAsString()).isEqualTo("date");
        assertThat(properties.getAsJsonObject("board").get("type").getAsString()).isEqualTo("keyword");
    }

    @Test
    void aQueryWordIsStemmedByEveryLanguagesChainAsTheLuceneAnalyzersDo() {
        JsonObject analysis = createIndexBody.getAsJsonObject("settings").getAsJsonObject("analysis");
        JsonObject multiplexer = analysis.getAsJsonObject("filter").getAsJsonObject("clusterhub_every_language");
        assertThat(multiplexer.get("type").getAsString()).isEqualTo("multiplexer");
        assertThat(multiplexer.get("preserve_original").getAsBoolean()).isFalse();
        List<String> chains = strings(multiplexer.getAsJsonArray("filters"));
        JsonObject analyzers = analysis.getAsJsonObject("analyzer");
        for (String language : SearchAnalyzers.all()) {
            // a language's chain without its lower-casing, which the query analyzer does first for all
            List<String> filters = strings(analyzers.getAsJsonObject(language).getAsJsonArray("filter")).stream()
                    .filter(name -> !name.equals("lowercase")).toList();
            assertThat(chains).as(language).contains(String.join(", ", filters));
        }
        assertThat(chains).hasSize(9);
    }

    @Test
    void theClusterServesPagesAsDeepAsASearchMayAsk() {
        // the last page a search accepts: page 1000 (SearchRequest) of MAX_SIZE hits
        int deepest = 1000 * SearchRequest.MAX_SIZE;
        assertThat(createIndexBody.getAsJsonObject("settings").get("max_result_window").getAsInt()).isEqualTo(deepest);
    }

    @Test
    void theClusterGetsTheSameAnalyzerNamesAsTheLuceneIndexWithFoldingLast() {
        JsonObject analysis = createIndexBody.getAsJsonObject("settings").getAsJsonObject("analysis");
        Map<String, List<String>> chains = new TreeMap<>();
        List<String> languages = new ArrayList<>();
        SearchAnalyzers.all().forEach(languages::add);
        analysis.getAsJsonObject("analyzer").entrySet().stream().filter(e -> languages.contains(e.getKey())).forEach(e -> {
            JsonObject analyzer = e.getValue().getAsJsonObject();
            assertThat(analyzer.get("tokenizer").getAsString()).as(e.getKey()).isEqualTo("standard");
            chains.put(e.getKey(), strings(analyzer.getAsJsonArray("filter")));
        });
        assertThat(chains.keySet()).containsExactlyInAnyOrderElementsOf(languages);
        assertThat(analysis.getAsJsonObject("analyzer").keySet()).hasSize(languages.size() + 2)
                .contains(SearchAnalyzers.STEMS, SearchAnalyzers.EVERY_LANGUAGE);
        chains.forEach((name, filters) -> assertThat(filters).as(name).contains("lowercase").last().isEqualTo("asciifolding"));
        assertThat(chains.get("en")).containsExactly("clusterhub_english_possessive", "lowercase", "porter_stem", "asciifolding");
        assertThat(chains.get("de")).containsExactly("lowercase", "german_normalization", "clusterhub_german_light", "asciifolding");
        assertThat(chains.get("fr")).startsWith("clusterhub_elision", "lowercase");
        assertThat(chains.get("pl")).containsExactly("lowercase", "polish_stem", "asciifolding");
        assertThat(chains.get("folded")).containsExactly("lowercase", "asciifolding");

        JsonObject filters = analysis.getAsJsonObject("filter");
        assertThat(filters.getAsJsonObject("clusterhub_german_light").get("language").getAsString()).isEqualTo("light_german");
        assertThat(filters.getAsJsonObject("clusterhub_dutch_snowball").get("type").getAsString()).isEqualTo("snowball");
        JsonObject elision = filters.getAsJsonObject("clusterhub_elision");
        assertThat(strings(elision.getAsJsonArray("articles"))).contains("l", "d", "qu");
        assertThat(elision.get("articles_case").getAsBoolean()).isTrue();
    }

    private static List<String> strings(JsonArray array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsString).toList();
    }
}
