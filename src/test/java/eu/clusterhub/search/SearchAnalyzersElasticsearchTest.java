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
    void theTextsIndexIsAnElasticsearchIndexWithOnePairOfFieldsPerAnalyzer() {
        var index = mapping.indexedEntity(TextDocument.class).indexManager().unwrap(ElasticsearchIndexManager.class);
        assertThat(index.descriptor().hibernateSearchName()).isEqualTo("texts");
        for (String analyzer : SearchAnalyzers.all()) {
            for (String field : List.of(LanguageFields.TITLE + analyzer, LanguageFields.BODY + analyzer)) {
                var type = index.descriptor().field(field).map(f -> ((IndexValueFieldDescriptor) f).type()).orElseThrow();
                assertThat(type.analyzerName()).as(field).contains(analyzer);
                assertThat(type.projectable()).as(field).isTrue();
            }
        }
        JsonObject properties = createIndexBody.getAsJsonObject("mappings").getAsJsonObject("properties");
        assertThat(properties.getAsJsonObject("body_de").get("analyzer").getAsString()).isEqualTo("de");
        assertThat(properties.getAsJsonObject("createdAt").get("type").getAsString()).isEqualTo("date");
        assertThat(properties.getAsJsonObject("board").get("type").getAsString()).isEqualTo("keyword");
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
        analysis.getAsJsonObject("analyzer").entrySet().forEach(e -> {
            JsonObject analyzer = e.getValue().getAsJsonObject();
            assertThat(analyzer.get("tokenizer").getAsString()).as(e.getKey()).isEqualTo("standard");
            chains.put(e.getKey(), strings(analyzer.getAsJsonArray("filter")));
        });
        assertThat(chains.keySet()).containsExactlyInAnyOrderElementsOf(SearchAnalyzers.all());
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
