/**
 * The announcements hub: Commission, EU and Member-State measures curated by moderators,
 * each with its provenance (issuing body, official links, who verified it and when), a
 * revision for every change, public list and detail pages, an Atom feed and a REST API.
 */
package eu.clusterhub.announcement;
