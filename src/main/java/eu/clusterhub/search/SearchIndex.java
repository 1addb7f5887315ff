package eu.clusterhub.search;

import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.StartupBegins;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.standalone.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * The search index: Hibernate Search started once the schema is migrated, on the backend
 * that {@link SearchBackendSettings} configures: by default Lucene, embedded in
 * {@code clusterhub.search.directory}. Writes are committed and visible to searches when
 * {@link #apply} returns, so the outbox rows behind them may then go.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    private SearchBackendSettings backend;

    @Inject
    @ConfigProperty(name = "clusterhub.search.directory")
    private String directory;

    /**
     * Raise this when the mapping of {@link TextDocument} changes: an embedded index built
     * with another version is deleted at start-up and rebuilt (Lucene cannot change how an
     * existing field is indexed, so the old documents cannot be updated in place).
     */
    static final int MAPPING_VERSION = 6;
    private static final String VERSION_FILE = "clusterhub-mapping-version";
    /** The index's directory under the root, as {@code @Indexed(index = ...)} names it. */
    private static final String INDEX = "texts";

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private CompletableFuture<CloseableSearchMapping> opening;
    private CloseableSearchMapping mapping;
    private Path root;

    SearchIndex() {
    }

    /** An index outside the container (unit tests): started by {@link #start}, closed by {@link #stop}. */
    SearchIndex(SearchBackendSettings backend, String directory) {
        this.backend = backend;
        this.directory = directory;
    }

    /** Opening the index needs no database: it starts while the schema is migrated (start-up time). */
    void prepare(@Observes StartupBegins begins) {
        opening = CompletableFuture.supplyAsync(this::open, executor);
    }

    void start(@Observes @Priority(1000) DatabaseReady ready) {
        try {
            mapping = opening != null ? opening.join() : open();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        EventLog.info(LOG, "search.started", backend.describe(root) + " documents=" + documentCount());
    }

    private CloseableSearchMapping open() {
        root = Path.of(directory).toAbsolutePath();
        if (backend.embedded() && Files.isDirectory(root.resolve(INDEX)) && builtWithOtherMapping()) {
            deleteIndex();
        }
        return SearchMapping.builder(AnnotatedTypeSource.fromClasses(TextDocument.class))
                .properties(backend.properties(root))
                .property("hibernate.search.schema_management.strategy", "create-or-validate")
                // the mapped class is named above: no class path scanning, which Payara's class loader does not support
                .property("hibernate.search.mapping.discover_annotated_types_from_root_mapping_annotations", false)
                .property("hibernate.search.mapping.build_missing_discovered_jandex_indexes", false)
                .build();
    }

    /**
     * Whether the embedded index's documents were built with an older mapping (or an unknown
     * one). A cluster index is shared by every node and checked by the cluster's schema
     * validation at start-up instead (see README: it is deleted when the fields change).
     */
    private boolean builtWithOtherMapping() {
        if (!backend.embedded()) {
            return false;
        }
        try {
            return !Files.readString(root.resolve(VERSION_FILE)).strip().equals(Integer.toString(MAPPING_VERSION));
        } catch (IOException e) {
            return true;
        }
    }

    private void deleteIndex() {
        EventLog.info(LOG, "search.index.deleted", "reason=\"built with another mapping version\" directory=\""
                + root.resolve(INDEX) + "\"");
        try (Stream<Path> files = Files.walk(root.resolve(INDEX))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the outdated search index in " + root, e);
        }
    }

    /** After a complete rebuild: every document follows the current mapping. */
    void markBuiltWithCurrentMapping() {
        if (!backend.embedded()) {
            return;
        }
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve(VERSION_FILE), Integer.toString(MAPPING_VERSION));
        } catch (IOException e) {
            LOG.warning("Could not record the index mapping version in " + root + ": " + e);
        }
    }

    /** Whether the index is the embedded Lucene one (which takes native Lucene queries). */
    boolean embedded() {
        return backend.embedded();
    }

    public SearchSession session() {
        return mapping.createSession();
    }

    public long documentCount() {
        try (SearchSession session = session()) {
            return session.search(TextDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** Adds or replaces these documents and removes those keys; committed and searchable on return. */
    void apply(Collection<TextDocument> documents, Collection<String> removedKeys) {
        try (SearchSession session = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            documents.forEach(session.indexingPlan()::addOrUpdate);
            removedKeys.forEach(key -> session.indexingPlan().purge(TextDocument.class, key, null));
        }
    }

    /**
     * Writes documents for a rebuild without waiting for a commit per batch (a commit
     * syncs to disk); the returned stage completes once the index has applied them. Writes
     * reach the index in the order they are made, so a later {@link #apply} wins.
     */
    CompletableFuture<Void> write(Collection<TextDocument> documents) {
        try (SearchSession session = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async()).build()) {
            return CompletableFuture.allOf(documents.stream()
                    .map(document -> session.indexer().addOrUpdate(document).toCompletableFuture())
                    .toArray(CompletableFuture[]::new));
        }
    }

    /** Commits what {@link #write} wrote and makes it visible to searches. */
    void commit() {
        SearchWorkspace workspace = mapping.scope(TextDocument.class).workspace();
        workspace.flush();
        workspace.refresh();
    }

    /**
     * Merges the index into one segment: after a rebuild, Lucene would otherwise merge the
     * many segments written during the next minutes, competing with searches for the CPU.
     */
    void compact() {
        mapping.scope(TextDocument.class).workspace().mergeSegments();
    }

    /** Removes the documents built before this time (those a rebuild did not build again); returns how many. */
    int purgeBuiltBefore(long millis) {
        int purged = 0;
        while (true) {
            List<String> stale;
            try (SearchSession session = session()) {
                stale = session.search(TextDocument.class).select(f -> f.id(String.class))
                        .where(f -> f.range().field("indexedAt").lessThan(millis)).fetchHits(1000);
            }
            if (stale.isEmpty()) {
                return purged;
            }
            apply(List.of(), stale);
            purged += stale.size();
        }
    }

    @PreDestroy
    void stop() {
        if (mapping == null && opening != null) {
            // the start-up failed after the index was opened: release it (its lock) all the same
            mapping = opening.exceptionally(e -> null).join();
        }
        if (mapping != null) {
            mapping.close();
        }
    }
}
