package eu.clusterhub.platform;

/**
 * Fired first at start-up, before the database is waited for and migrated. An observer may
 * start work that needs no database on another thread (e.g. opening the search index) and
 * finish it when {@link DatabaseReady} comes, so the two overlap instead of adding up.
 */
public record StartupBegins() {
}
