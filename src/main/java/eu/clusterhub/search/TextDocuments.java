package eu.clusterhub.search;

import eu.clusterhub.platform.Markdown;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the index needs of posts, threads and announcements straight from the
 * database, a batch of ids per query with the joins done there (board, author's
 * organisation, first post, tags). Whatever is not returned no longer belongs in the
 * index: deleted posts, first posts (they are part of their thread), unpublished
 * announcements.
 */
final class TextDocuments {

    private TextDocuments() {
    }

    static List<TextDocument> posts(Connection db, Collection<Long> ids) throws SQLException {
        List<TextDocument> documents = new ArrayList<>();
        if (ids.isEmpty()) {
            return documents;
        }
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT p.id, p.thread_id, t.title, p.body_markdown, p.language,"
                + " b.slug, t.type, o.name, p.created_at FROM post p JOIN forum_thread t ON t.id = p.thread_id"
                + " JOIN board b ON b.id = t.board_id JOIN account a ON a.id = p.author_id"
                + " LEFT JOIN organisation o ON o.id = a.organisation_id"
                + " WHERE p.position > 1 AND p.deleted_at IS NULL AND p.id IN (" + marks(ids) + ")")) {
            bind(query, ids);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Object[] {row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), row.getString(7), row.getString(8), row.getTimestamp(9)});
                }
            }
            tags.putAll(tags(db, rows.stream().map(r -> (Long) r[1]).distinct().toList()));
            for (Object[] r : rows) {
                long id = (Long) r[0];
                long thread = (Long) r[1];
                documents.add(new TextDocument("post", id, thread, (String) r[2], Markdown.toPlainText((String) r[3]),
                        (String) r[4], (String) r[5], (String) r[6], tags.getOrDefault(thread, List.of()), null, null,
                        (String) r[7], ((Timestamp) r[8]).toLocalDateTime(), "/threads/" + thread + "?post=" + id + "#post-" + id));
            }
        }
        return documents;
    }

    static List<TextDocument> threads(Connection db, Collection<Long> ids) throws SQLException {
        List<TextDocument> documents = new ArrayList<>();
        if (ids.isEmpty()) {
            return documents;
        }
        Map<Long, List<String>> tags = tags(db, ids);
        try (PreparedStatement query = db.prepareStatement("SELECT t.id, t.title, p.body_markdown, p.deleted_at, t.language,"
                + " b.slug, t.type, o.name, t.created_at FROM forum_thread t JOIN board b ON b.id = t.board_id"
                + " JOIN post p ON p.thread_id = t.id AND p.position = 1 JOIN account a ON a.id = t.author_id"
                + " LEFT JOIN organisation o ON o.id = a.organisation_id WHERE t.id IN (" + marks(ids) + ")")) {
            bind(query, ids);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    String body = row.getTimestamp(4) == null ? Markdown.toPlainText(row.getString(3)) : "";
                    documents.add(new TextDocument("thread", id, id, row.getString(2), body, row.getString(5), row.getString(6),
                            row.getString(7), tags.getOrDefault(id, List.of()), null, null, row.getString(8),
                            row.getTimestamp(9).toLocalDateTime(), "/threads/" + id));
                }
            }
        }
        return documents;
    }

    static List<TextDocument> announcements(Connection db, Collection<Long> ids) throws SQLException {
        List<TextDocument> documents = new ArrayList<>();
        if (ids.isEmpty()) {
            return documents;
        }
        Map<Long, List<String>> topics = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT at.announcement_id, t.slug FROM announcement_topic at"
                + " JOIN topic t ON t.id = at.topic_id WHERE at.announcement_id IN (" + marks(ids) + ")")) {
            bind(query, ids);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    topics.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                }
            }
        }
        try (PreparedStatement query = db.prepareStatement("SELECT id, slug, title, summary, body_markdown, language, country,"
                + " source_type, issuing_body, COALESCE(published_at, created_at) FROM announcement"
                + " WHERE status = 'PUBLISHED' AND id IN (" + marks(ids) + ")")) {
            bind(query, ids);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    String body = row.getString(4) + "\n\n" + Markdown.toPlainText(row.getString(5));
                    documents.add(new TextDocument("announcement", id, null, row.getString(3), body, row.getString(6), null, null,
                            topics.getOrDefault(id, List.of()), row.getString(7), row.getString(8), row.getString(9),
                            row.getTimestamp(10).toLocalDateTime(), "/announcements/" + row.getString(2)));
                }
            }
        }
        return documents;
    }

    private static Map<Long, List<String>> tags(Connection db, Collection<Long> threadIds) throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        if (threadIds.isEmpty()) {
            return tags;
        }
        try (PreparedStatement query = db.prepareStatement("SELECT thread_id, tag FROM thread_tag WHERE thread_id IN ("
                + marks(threadIds) + ")")) {
            bind(query, threadIds);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    tags.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                }
            }
        }
        return tags;
    }

    private static String marks(Collection<Long> ids) {
        return String.join(",", Collections.nCopies(ids.size(), "?"));
    }

    private static void bind(PreparedStatement statement, Collection<Long> ids) throws SQLException {
        int index = 1;
        for (Long id : ids) {
            statement.setLong(index++, id);
        }
    }
}
