/**
 * Seed content: reads the files under {@code content/} (boards, later announcements and
 * static pages) and imports them at start-up, idempotently and all or nothing.
 */
package eu.clusterhub.content;
