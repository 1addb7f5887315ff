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

    /** The Lucene directory, which a cluster does not use. */
    private static final Path UNUSED = Path.of("data/search").toAbsolutePath();

    @Test
    void luceneKeepsTheEmbeddedIndexInTheDirectory() {
        var settings = new SearchBackendSettings("lucene", "http://ignored:9200", null, null, null);
        Path root = Path.of("data/search").toAbsolutePath();
        assertThat(settings.properties(root)).containsExactly(
                java.util.Map.entry("hibernate.search.backend.type", "lucene"),
                java.util.Map.entry("hibernate.search.backend.directory.root", root.toString()),
                java.util.Map.entry("hibernate.search.backend.lucene_version", "LATEST"),
                java.util.Map.entry("hibernate.search.backend.analysis.configurer", "class:" + SearchAnalyzers.class.getName()));
        assertThat(settings.describe(root)).isEqualTo("backend=lucene directory=\"" + root + "\"");
    }

    @Test
    void elasticsearchNamesTheClusterAndItsCredentials() {
        var settings = new SearchBackendSettings(" Elasticsearch ", "http://os1:9200, http://os2:9200,",
                "opensearch:2.17", "clusterhub", "s3cret");
        assertThat(settings.properties(UNUSED))
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", List.of("http://os1:9200", "http://os2:9200"))
                .containsEntry("hibernate.search.backend.version", "opensearch:2.17")
                .containsEntry("hibernate.search.backend.username", "clusterhub")
                .containsEntry("hibernate.search.backend.password", "s3cret")
                .containsEntry("hibernate.search.backend.analysis.configurer", "class:" + SearchAnalyzersElasticsearch.class.getName())
                .containsEntry("hibernate.search.backend.schema_management.settings_file", SearchBackendSettings.INDEX_SETTINGS)
                .doesNotContainKeys("hibernate.search.backend.directory.root", "hibernate.search.backend.lucene_version");
        assertThat(settings.describe(UNUSED)).isEqualTo("backend=elasticsearch uris=\"http://os1:9200,http://os2:9200\" version=opensearch:2.17")
                .doesNotContain("s3cret");
    }

    @Test
    void withoutVersionOrCredentialsTheClusterIsAskedAndNoLoginSent() {
        var settings = new SearchBackendSettings("elasticsearch", "http://opensearch:9200", null, null, null);
        assertThat(settings.properties(UNUSED)).doesNotContainKeys("hibernate.search.backend.version",
                "hibernate.search.backend.username", "hibernate.search.backend.password");
    }

    @Test
    void badSettingsStopStartUpNamingTheirVariable() {
        assertThatThrownBy(() -> new SearchBackendSettings("solr", null, null, null, null).properties(UNUSED))
                .hasMessageContaining("clusterhub.search.backend").hasMessageContaining("CLUSTERHUB_SEARCH_BACKEND")
                .hasMessageContaining("\"solr\"");
        assertThatThrownBy(() -> new SearchBackendSettings("elasticsearch", " , ", null, null, null).properties(UNUSED))
                .hasMessageContaining("clusterhub.search.uris").hasMessageContaining("CLUSTERHUB_SEARCH_URIS");
    }

    @Test
    void theLucenePropertiesBootTheMappingWithBothBackendsOnTheClassPath(@TempDir Path directory) {
        var settings = new SearchBackendSettings("lucene", null, null, null, null);
        try (CloseableSearchMapping mapping = SearchMapping.builder(AnnotatedTypeSource.fromClasses(TextDocument.class))
                .properties(settings.properties(directory))
                .property("hibernate.search.mapping.discover_annotated_types_from_root_mapping_annotations", false)
                .property("hibernate.search.mapping.build_missing_discovered_jandex_indexes", false)
                .build()) {
            var index = mapping.indexedEntity(TextDocument.class).indexManager().unwrap(LuceneIndexManager.class);
            assertThat(index.descriptor().analyzers()).extracting(a -> a.name()).containsAll(SearchAnalyzers.all());
        }
    }
}
