package eu.clusterhub.announcement;

/** What a revision of an announcement records. */
public enum RevisionAction {
    CREATED, SUGGESTED, IMPORTED, EDITED, VERIFIED, PUBLISHED, ARCHIVED, PINNED, UNPINNED
}
