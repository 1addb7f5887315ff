/**
 * The discussion forum: boards (and, as the forum grows, threads, posts and revisions),
 * with their repository, services and the view beans of the board pages.
 */
package eu.clusterhub.forum;
