/**
 * Moderation: members flag items (threads, posts, offers, needs, conversation messages),
 * items are held for approval, moderators review the queue and act (keep, hide, approve,
 * edit, delete, warn, silence, suspend). The state of an item is
 * {@link eu.clusterhub.platform.ModerationState}; features show only visible items to others.
 */
package eu.clusterhub.moderation;
