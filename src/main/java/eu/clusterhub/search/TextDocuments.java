package eu.clusterhub.search;

import eu.clusterhub.platform.Markdown;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what the index needs of posts, threads and announcements straight from the
 * database, a batch of ids per query with the joins done there (board, author's
 * organisation and its country, first post, tags). Whatever is not returned no longer
 * belongs in the index: deleted posts, first posts (they are part of their thread),
 * unpublished announcements.
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
                + " WHERE p.position > 1 AND p.deleted_at IS NULL AND " + selection.sql())) {
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
        try (PreparedStatement query = db.prepareStatement("SELECT STRAIGHT_JOIN t.id, t.title, p.body_markdown, p.deleted_at, t.language,"
                + " b.slug, t.type, o.name, t.created_at, o.country FROM forum_thread t JOIN board b ON b.id = t.board_id"
                + " JOIN post p ON p.thread_id = t.id AND p.position = 1 JOIN account a ON a.id = t.author_id"
                + " LEFT JOIN organisation o ON o.id = a.organisation_id WHERE " + selection.sql())) {
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
