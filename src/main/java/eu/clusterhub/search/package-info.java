/**
 * Full-text search over posts, threads and announcements: Hibernate Search's Standalone
 * POJO Mapper with an embedded Lucene index (or, to scale out, an OpenSearch or
 * Elasticsearch cluster), kept in step with the database through a transactional outbox,
 * each text analysed with the stemmer of its own language.
 */
package eu.clusterhub.search;
