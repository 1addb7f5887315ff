package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBackendSettingsTest {

    @Test
    void luceneKeepsTheEmbeddedIndexInTheDirectory() {
        var settings = new SearchBackendSettings("lucene", "data/search", "http://ignored:9200", null, null, null);
        String root = Path.of("data/search").toAbsolutePath().toString();
        assertThat(settings.properties()).containsExactly(
                java.util.Map.entry("hibernate.search.backend.type", "lucene"),
                java.util.Map.entry("hibernate.search.backend.directory.root", root),
                java.util.Map.entry("hibernate.search.backend.lucene_version", "LATEST"),
                java.util.Map.entry("hibernate.search.backend.analysis.configurer", "class:" + SearchAnalyzers.class.getName()));
        assertThat(settings.describe()).isEqualTo("backend=lucene directory=\"" + root + "\"");
    }

    @Test
    void elasticsearchNamesTheClusterAndItsCredentials() {
        var settings = new SearchBackendSettings(" Elasticsearch ", "data/search", "http://os1:9200, http://os2:9200,",
                "opensearch:2.17", "clusterhub", "s3cret");
        assertThat(settings.properties())
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", List.of("http://os1:9200", "http://os2:9200"))
                .containsEntry("hibernate.search.backend.version", "opensearch:2.17")
                .containsEntry("hibernate.search.backend.username", "clusterhub")
                .containsEntry("hibernate.search.backend.password", "s3cret")
                .containsEntry("hibernate.search.backend.analysis.configurer", "class:" + SearchAnalyzersElasticsearch.class.getName())
                .containsEntry("hibernate.search.backend.schema_management.settings_file", SearchBackendSettings.INDEX_SETTINGS)
                .doesNotContainKeys("hibernate.search.backend.directory.root", "hibernate.search.backend.lucene_version");
        assertThat(settings.describe()).isEqualTo("backend=elasticsearch uris=\"http://os1:9200,http://os2:9200\" version=opensearch:2.17")
                .doesNotContain("s3cret");
    }

    @Test
    void withoutVersionOrCredentialsTheClusterIsAskedAndNoLoginSent() {
        var settings = new SearchBackendSettings("elasticsearch", "data/search", "http://opensearch:9200", null, null, null);
        assertThat(settings.properties()).doesNotContainKeys("hibernate.search.backend.version",
                "hibernate.search.backend.username", "hibernate.search.backend.password");
    }

    @Test
    void badSettingsStopStartUpNamingTheirVariable() {
        assertThatThrownBy(() -> new SearchBackendSettings("solr", "data/search", null, null, null, null).properties())
                .hasMessageContaining("clusterhub.search.backend").hasMessageContaining("CLUSTERHUB_SEARCH_BACKEND")
                .hasMessageContaining("\"solr\"");
        assertThatThrownBy(() -> new SearchBackendSettings("elasticsearch", "data/search", " , ", null, null, null).properties())
                .hasMessageContaining("clusterhub.search.uris").hasMessageContaining("CLUSTERHUB_SEARCH_URIS");
    }

    @Test
    void theLucenePropertiesBootTheMappingWithBothBackendsOnTheClassPath(@TempDir Path directory) {
        var settings = new SearchBackendSettings("lucene", directory.toString(), null, null, null, null);
        try (CloseableSearchMapping mapping = SearchMapping.builder(AnnotatedTypeSource.fromClasses(TextDocument.class))
                .properties(settings.properties())
                .property("hibernate.search.mapping.discover_annotated_types_from_root_mapping_annotations", false)
                .property("hibernate.search.mapping.build_missing_discovered_jandex_indexes", false)
                .build()) {
            var index = mapping.indexedEntity(TextDocument.class).indexManager().unwrap(LuceneIndexManager.class);
            assertThat(index.descriptor().analyzers()).extracting(a -> a.name()).containsAll(SearchAnalyzers.all());
        }
    }
}
