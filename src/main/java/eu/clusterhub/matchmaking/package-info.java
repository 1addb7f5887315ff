/**
 * Matchmaking of production capacity: offers and needs filed under the managed list of
 * product and capacity categories, with the certifications they hold or require. So far
 * the two managed lists (imported from content/ at start-up) and their API.
 */
package eu.clusterhub.matchmaking;
