package eu.clusterhub.search;

import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.Markdown;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what the index needs of posts, threads, announcements, offers and needs straight
 * from the database, a batch of ids per query with the joins done there (board, author's
 * organisation and its country, first post, tags; a listing's category with its ancestors).
 * Whatever is not returned no longer belongs in the index: deleted posts, first posts (they
 * are part of their thread), unpublished announcements, closed offers, closed or expired needs.
 *
 * <p>STRAIGHT_JOIN makes MariaDB read the selected posts or threads first: left to itself,
 * with statistics not yet refreshed after a bulk load, it started from the eight boards and
 * sorted the whole post table for every slice of a rebuild.
 */
final class TextDocuments {

    private TextDocuments() {
    }

    static List<TextDocument> posts(Connection db, Collection<Long> ids) throws SQLException {
        return ids.isEmpty() ? new ArrayList<>() : posts(db, Selection.ids("p.id", ids));
    }

    static List<TextDocument> posts(Connection db, Selection selection) throws SQLException {
        List<TextDocument> documents = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT STRAIGHT_JOIN p.id, p.thread_id, t.title, p.body_markdown, p.language,"
                + " b.slug, t.type, o.name, p.created_at, o.country FROM post p JOIN forum_thread t ON t.id = p.thread_id"
                + " JOIN board b ON b.id = t.board_id JOIN account a ON a.id = p.author_id"
                + " LEFT JOIN organisation o ON o.id = a.organisation_id"
                + " WHERE p.position > 1 AND p.deleted_at IS NULL AND p.moderation = 'VISIBLE' AND t.moderation = 'VISIBLE' AND "
                + selection.sql())) {
            selection.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    long thread = row.getLong(2);
                    documents.add(new TextDocument("post", id, thread, row.getString(3), Markdown.toPlainText(row.getString(4)),
                            row.getString(5), row.getString(6), row.getString(7), new ArrayList<>(), row.getString(10), null,
                            row.getString(8), row.getTimestamp(9).toLocalDateTime(), "/threads/" + thread + "?post=" + id + "#post-" + id));
                }
            }
        }
        addTags(documents, TextDocument::getThreadId, tags(db, documents.stream().map(TextDocument::getThreadId).distinct().toList()));
        return documents;
    }

    static List<TextDocument> threads(Connection db, Collection<Long> ids) throws SQLException {
        return ids.isEmpty() ? new ArrayList<>() : threads(db, Selection.ids("t.id", ids));
    }

    static List<TextDocument> threads(Connection db, Selection selection) throws SQLException {
        List<TextDocument> documents = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT STRAIGHT_JOIN t.id, t.title, p.body_markdown,"
                // a first post hidden by a moderator (in a visible thread) is left out like a deleted one
                + " IF(p.moderation = 'VISIBLE', p.deleted_at, COALESCE(p.deleted_at, t.created_at)), t.language,"
                + " b.slug, t.type, o.name, t.created_at, o.country FROM forum_thread t JOIN board b ON b.id = t.board_id"
                + " JOIN post p ON p.thread_id = t.id AND p.position = 1 JOIN account a ON a.id = t.author_id"
                + " LEFT JOIN organisation o ON o.id = a.organisation_id WHERE t.moderation = 'VISIBLE' AND " + selection.sql())) {
            selection.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    String body = row.getTimestamp(4) == null ? Markdown.toPlainText(row.getString(3)) : "";
                    documents.add(new TextDocument("thread", id, id, row.getString(2), body, row.getString(5), row.getString(6),
                            row.getString(7), new ArrayList<>(), row.getString(10), null, row.getString(8),
                            row.getTimestamp(9).toLocalDateTime(), "/threads/" + id));
                }
            }
        }
        addTags(documents, TextDocument::getEntityId, tags(db, documents.stream().map(TextDocument::getEntityId).toList()));
        return documents;
    }

    static List<TextDocument> announcements(Connection db, Collection<Long> ids) throws SQLException {
        return ids.isEmpty() ? new ArrayList<>() : announcements(db, Selection.ids("id", ids));
    }

    static List<TextDocument> announcements(Connection db, Selection selection) throws SQLException {
        List<TextDocument> documents = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id, slug, title, summary, body_markdown, language, country,"
                + " source_type, issuing_body, COALESCE(published_at, created_at) FROM announcement"
                + " WHERE status = 'PUBLISHED' AND " + selection.sql())) {
            selection.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    String body = row.getString(4) + "\n\n" + Markdown.toPlainText(row.getString(5));
                    documents.add(new TextDocument("announcement", id, null, row.getString(3), body, row.getString(6), null, null,
                            new ArrayList<>(), row.getString(7), row.getString(8), row.getString(9),
                            row.getTimestamp(10).toLocalDateTime(), "/announcements/" + row.getString(2)));
                }
            }
        }
        addTags(documents, TextDocument::getEntityId, topics(db, documents.stream().map(TextDocument::getEntityId).toList()));
        return documents;
    }

    /** A listing's category and its ancestors (the tree is at most three levels deep). */
    private static final String CATEGORIES = " JOIN product_category c1 ON c1.id = l.category_id"
            + " LEFT JOIN product_category c2 ON c2.id = c1.parent_id LEFT JOIN product_category c3 ON c3.id = c2.parent_id";

    static List<TextDocument> offers(Connection db, Collection<Long> ids) throws SQLException {
        return ids.isEmpty() ? new ArrayList<>() : offers(db, Selection.ids("l.id", ids));
    }

    /** Offers that are not closed (paused ones stay findable); countries: those served, or every EU/EEA one. */
    static List<TextDocument> offers(Connection db, Selection selection) throws SQLException {
        List<Listing> listings = listings(db, "SELECT STRAIGHT_JOIN l.id, l.title, l.description_markdown, l.language, o.name,"
                + " l.created_at, c1.slug, c2.slug, c3.slug, l.all_countries FROM offer l" + CATEGORIES
                + " LEFT JOIN organisation o ON o.id = l.organisation_id WHERE l.status <> 'CLOSED' AND l.moderation = 'VISIBLE' AND " + selection.sql(), selection, true);
        List<Long> ids = listings.stream().map(Listing::id).toList();
        Map<Long, List<String>> countries = pairs(db, "SELECT offer_id, country FROM offer_country WHERE ", Selection.ids("offer_id", ids));
        Map<Long, List<String>> certifications = pairs(db, "SELECT oc.offer_id, c.slug FROM offer_certification oc"
                + " JOIN certification c ON c.id = oc.certification_id WHERE ", Selection.ids("oc.offer_id", ids));
        List<TextDocument> documents = new ArrayList<>(listings.size());
        for (Listing listing : listings) {
            List<String> served = listing.allCountries() ? Countries.euAndEea() : countries.getOrDefault(listing.id(), List.of());
            documents.add(listing.document("offer", null, served, certifications.getOrDefault(listing.id(), List.of())));
        }
        return documents;
    }

    static List<TextDocument> needs(Connection db, Collection<Long> ids) throws SQLException {
        return ids.isEmpty() ? new ArrayList<>() : needs(db, Selection.ids("l.id", ids));
    }

    /** Needs that are neither closed nor expired (covered ones stay findable); their country is where they are delivered. */
    static List<TextDocument> needs(Connection db, Selection selection) throws SQLException {
        List<Listing> listings = listings(db, "SELECT STRAIGHT_JOIN l.id, l.title, l.description_markdown, l.language, o.name,"
                + " l.created_at, c1.slug, c2.slug, c3.slug, l.country FROM need l" + CATEGORIES
                + " LEFT JOIN organisation o ON o.id = l.organisation_id WHERE l.status NOT IN ('CLOSED', 'EXPIRED') AND l.moderation = 'VISIBLE' AND "
                + selection.sql(), selection, false);
        Map<Long, List<String>> certifications = pairs(db, "SELECT nc.need_id, c.slug FROM need_certification nc"
                + " JOIN certification c ON c.id = nc.certification_id WHERE ",
                Selection.ids("nc.need_id", listings.stream().map(Listing::id).toList()));
        List<TextDocument> documents = new ArrayList<>(listings.size());
        for (Listing listing : listings) {
            documents.add(listing.document("need", listing.country(), List.of(listing.country()),
                    certifications.getOrDefault(listing.id(), List.of())));
        }
        return documents;
    }

    /** The columns offers and needs share, read by {@link #listings}. */
    private record Listing(long id, String title, String markdown, String language, String organisation, LocalDateTime createdAt,
                           List<String> categories, boolean allCountries, String country) {

        TextDocument document(String kind, String singleCountry, List<String> countries, List<String> certifications) {
            return new TextDocument(kind, id, null, title, Markdown.toPlainText(markdown), language, null, null, new ArrayList<>(),
                    singleCountry, null, organisation, createdAt, "/" + kind + "s/" + id, categories, certifications, countries);
        }
    }

    /** Rows of id, title, description, language, organisation, created, three category levels, then all_countries or country. */
    private static List<Listing> listings(Connection db, String sql, Selection selection, boolean offers) throws SQLException {
        List<Listing> listings = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            selection.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    List<String> categories = new ArrayList<>(3);
                    for (int column = 7; column <= 9; column++) {
                        if (row.getString(column) != null) {
                            categories.add(row.getString(column));
                        }
                    }
                    listings.add(new Listing(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                            row.getTimestamp(6).toLocalDateTime(), categories, offers && row.getBoolean(10),
                            offers ? null : row.getString(10)));
                }
            }
        }
        return listings;
    }

    /** Tags (topics, for announcements) of the thread or announcement each document belongs to. */
    private static void addTags(List<TextDocument> documents, Function<TextDocument, Long> owner, Map<Long, List<String>> tags) {
        documents.forEach(d -> d.getTags().addAll(tags.getOrDefault(owner.apply(d), List.of())));
    }

    private static Map<Long, List<String>> topics(Connection db, Collection<Long> announcementIds) throws SQLException {
        return pairs(db, "SELECT at.announcement_id, t.slug FROM announcement_topic at JOIN topic t ON t.id = at.topic_id"
                + " WHERE ", Selection.ids("at.announcement_id", announcementIds));
    }

    private static Map<Long, List<String>> tags(Connection db, Collection<Long> threadIds) throws SQLException {
        return pairs(db, "SELECT thread_id, tag FROM thread_tag WHERE ", Selection.ids("thread_id", threadIds));
    }

    /** (id, value) rows grouped by id. */
    private static Map<Long, List<String>> pairs(Connection db, String sql, Selection selection) throws SQLException {
        Map<Long, List<String>> values = new HashMap<>();
        if (selection.isEmpty()) {
            return values;
        }
        try (PreparedStatement query = db.prepareStatement(sql + selection.sql())) {
            selection.bind(query);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    values.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                }
            }
        }
        return values;
    }
}
