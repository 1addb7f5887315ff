package eu.clusterhub.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of notification mails, in plain text: what happened (who, what, where, the
 * summary) with a link to each item, then a link to the settings page and one to unsubscribe.
 * Every link starts with the configured public address.
 */
final class MailText {

    static final String SETTINGS_PATH = "/notification-settings";
    static final String UNSUBSCRIBE_PATH = "/unsubscribe";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Map<NotificationKind, String> WHAT = new EnumMap<>(Map.ofEntries(
            Map.entry(NotificationKind.MENTION, "mentioned you"),
            Map.entry(NotificationKind.QUOTE, "quoted your post"),
            Map.entry(NotificationKind.REPLY, "replied to you"),
            Map.entry(NotificationKind.ACCEPTED, "accepted your answer"),
            Map.entry(NotificationKind.MESSAGE, "sent you a message"),
            Map.entry(NotificationKind.CONTACT, "sent you a contact request"),
            Map.entry(NotificationKind.LISTING_MATCH, "found a new match"),
            Map.entry(NotificationKind.MODERATION, "decided on something you reported or posted"),
            Map.entry(NotificationKind.THREAD_POST, "posted in a thread you watch"),
            Map.entry(NotificationKind.BOARD_THREAD, "started a thread in a board you watch"),
            Map.entry(NotificationKind.BOARD_POST, "posted in a board you watch"),
            Map.entry(NotificationKind.ANNOUNCEMENT, "published an announcement you watch"),
            Map.entry(NotificationKind.SEARCH_MATCH, "posted a new result of a search you watch"),
            Map.entry(NotificationKind.LISTING_NEW, "published a new listing you watch")));
    private static final Map<NotificationKind, String> ABOUT = new EnumMap<>(Map.ofEntries(
            Map.entry(NotificationKind.MENTION, "mentions"),
            Map.entry(NotificationKind.QUOTE, "quotes of your posts"),
            Map.entry(NotificationKind.REPLY, "replies to you"),
            Map.entry(NotificationKind.ACCEPTED, "accepted answers"),
            Map.entry(NotificationKind.MESSAGE, "messages"),
            Map.entry(NotificationKind.CONTACT, "contact requests"),
            Map.entry(NotificationKind.LISTING_MATCH, "new matches"),
            Map.entry(NotificationKind.MODERATION, "moderators' decisions"),
            Map.entry(NotificationKind.THREAD_POST, "posts in threads you watch"),
            Map.entry(NotificationKind.BOARD_THREAD, "new threads in boards you watch"),
            Map.entry(NotificationKind.BOARD_POST, "posts in boards you watch"),
            Map.entry(NotificationKind.ANNOUNCEMENT, "announcements you watch"),
            Map.entry(NotificationKind.SEARCH_MATCH, "searches you watch"),
            Map.entry(NotificationKind.LISTING_NEW, "listings you watch")));

    private MailText() {
    }

    /** One notification as the mail shows it; {@code actor} is a display name ("ClusterHub" for the system). */
    record Item(NotificationKind kind, String actor, String title, String url, String summary, LocalDateTime createdAt) {
    }

    record Composed(String subject, String text) {
    }

    /** What a kind's mails are about, for the settings page and unsubscribe: "mentions". */
    static String about(NotificationKind kind) {
        return ABOUT.get(kind);
    }

    /** What an unsubscribe scope stops, in words. */
    static String scope(String scope) {
        if (UnsubscribeToken.ALL.equals(scope)) {
            return "all notification mails";
        }
        return NotificationKind.of(scope).map(k -> "mails about " + about(k))
                .orElse(switch (scope) {
                    case "daily" -> "the daily digest";
                    case "weekly" -> "the weekly digest";
                    default -> "the mails sent at once";
                });
    }

    static Composed immediate(String name, List<Item> items, ZoneId zone, String base, String unsubscribeToken, String allToken) {
        Item first = items.get(0);
        String subject = items.size() == 1
                ? first.actor() + " " + WHAT.get(first.kind()) + ": " + first.title()
                : items.size() + " new notifications: " + first.title();
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\n");
        items.forEach(i -> item(text, i, zone, base));
        footer(text, base, unsubscribeToken, allToken);
        return new Composed(oneLine(subject), text.toString());
    }

    static Composed digest(Delivery delivery, LocalDate date, String name, List<Item> items, ZoneId zone, String base,
                           String unsubscribeToken, String allToken) {
        String which = delivery == Delivery.WEEKLY ? "weekly" : "daily";
        String subject = "Your " + which + " ClusterHub digest of " + date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                + ": " + items.size() + (items.size() == 1 ? " notification" : " notifications");
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\nwhat happened since your last ")
                .append(which).append(" digest:\n\n");
        items.forEach(i -> item(text, i, zone, base));
        text.append("All your notifications: ").append(base).append("/notifications\n");
        footer(text, base, unsubscribeToken, allToken);
        return new Composed(oneLine(subject), text.toString());
    }

    private static void item(StringBuilder text, Item i, ZoneId zone, String base) {
        text.append("* ").append(i.actor()).append(' ').append(WHAT.get(i.kind())).append(" in \"").append(oneLine(i.title()))
                .append("\" (").append(i.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).format(WHEN)).append(")\n");
        if (i.summary() != null && !i.summary().isBlank()) {
            text.append("  ").append(oneLine(i.summary())).append('\n');
        }
        text.append("  ").append(base).append(i.url()).append("\n\n");
    }

    private static void footer(StringBuilder text, String base, String unsubscribeToken, String allToken) {
        text.append("\n--\nChoose what you receive by mail, and when: ").append(base).append(SETTINGS_PATH).append('\n');
        text.append("Stop mails like this one: ").append(base).append(UNSUBSCRIBE_PATH).append("?token=").append(unsubscribeToken).append('\n');
        text.append("Stop all notification mails: ").append(base).append(UNSUBSCRIBE_PATH).append("?token=").append(allToken).append('\n');
    }

    /** Text for a subject or a line: no line breaks (a header cannot be split by what a member typed). */
    static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
    }
}
