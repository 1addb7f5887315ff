package eu.clusterhub.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the index lives, chosen by configuration alone: the embedded Lucene index in the
 * directory {@link SearchIndex} names (the default; one index per application node), or an
 * Elasticsearch or OpenSearch cluster at {@code clusterhub.search.uris} (one index shared by
 * every node). Turned into Hibernate Search's backend properties; the mapping and the
 * analyzer names are the same on both.
 */
@ApplicationScoped
public class SearchBackendSettings {

    static final String BACKEND = "clusterhub.search.backend";
    static final String URIS = "clusterhub.search.uris";
    static final String LUCENE = "lucene";
    /** The Elasticsearch backend; it speaks to OpenSearch too. */
    static final String ELASTICSEARCH = "elasticsearch";
    /**
     * Settings of the cluster's index beyond the analysis: a result window as deep as the
     * last page a search may ask for (1000 pages of 50), where the cluster would otherwise
     * refuse pages past 10,000 hits that the embedded index serves.
     */
    static final String INDEX_SETTINGS = "eu/clusterhub/search/elasticsearch-index-settings.json";

    @Inject
    @ConfigProperty(name = BACKEND, defaultValue = LUCENE)
    private String backend;

    @Inject
    @ConfigProperty(name = URIS)
    private Optional<String> uris;

    @Inject
    @ConfigProperty(name = "clusterhub.search.version")
    private Optional<String> version;

    @Inject
    @ConfigProperty(name = "clusterhub.search.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "clusterhub.search.password")
    private Optional<String> password;

    SearchBackendSettings() {
    }

    /** The settings as configured; null for what is not set. */
    SearchBackendSettings(String backend, String uris, String version, String username, String password) {
        this.backend = backend;
        this.uris = Optional.ofNullable(uris);
        this.version = Optional.ofNullable(version);
        this.username = Optional.ofNullable(username);
        this.password = Optional.ofNullable(password);
    }

    /**
     * The hibernate.search.* properties of the backend, with the Lucene index in this
     * directory; a bad setting is an error that names its variable.
     */
    Map<String, Object> properties(Path luceneDirectory) {
        Map<String, Object> properties = new LinkedHashMap<>();
        switch (backend()) {
            case LUCENE -> {
                properties.put("hibernate.search.backend.type", LUCENE);
                properties.put("hibernate.search.backend.directory.root", luceneDirectory.toString());
                properties.put("hibernate.search.backend.lucene_version", "LATEST");
                properties.put("hibernate.search.backend.analysis.configurer", "class:" + SearchAnalyzers.class.getName());
            }
            case ELASTICSEARCH -> {
                properties.put("hibernate.search.backend.type", ELASTICSEARCH);
                properties.put("hibernate.search.backend.uris", uriList());
                // unset: read from the cluster at start-up
                version.ifPresent(v -> properties.put("hibernate.search.backend.version", v.trim()));
                username.ifPresent(u -> properties.put("hibernate.search.backend.username", u));
                password.ifPresent(p -> properties.put("hibernate.search.backend.password", p));
                properties.put("hibernate.search.backend.analysis.configurer",
                        "class:" + SearchAnalyzersElasticsearch.class.getName());
                properties.put("hibernate.search.backend.schema_management.settings_file", INDEX_SETTINGS);
            }
            default -> throw new IllegalStateException(BACKEND + " (CLUSTERHUB_SEARCH_BACKEND) must be " + LUCENE + " or "
                    + ELASTICSEARCH + " (also for OpenSearch), not \"" + backend + "\"");
        }
        return properties;
    }

    /** For the start-up log line: the backend and where it is, without credentials. */
    String describe(Path luceneDirectory) {
        return switch (backend()) {
            case ELASTICSEARCH -> "backend=" + ELASTICSEARCH + " uris=\"" + String.join(",", uriList()) + "\""
                    + version.map(v -> " version=" + v.trim()).orElse("");
            default -> "backend=" + backend() + " directory=\"" + luceneDirectory + "\"";
        };
    }

    /** Whether the index is the embedded Lucene one (one per node, in {@code clusterhub.search.directory}). */
    boolean embedded() {
        return LUCENE.equals(backend());
    }

    private String backend() {
        return backend.trim().toLowerCase(Locale.ROOT);
    }

    private List<String> uriList() {
        List<String> list = Arrays.stream(uris.orElse("").split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
        if (list.isEmpty()) {
            throw new IllegalStateException(URIS + " (CLUSTERHUB_SEARCH_URIS) must name the cluster, e.g. http://opensearch:9200, when "
                    + BACKEND + " is " + ELASTICSEARCH);
        }
        return list;
    }
}
