package eu.clusterhub.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Which rows a {@link TextDocuments} query reads: the ids the outbox names, or the next
 * slice of a table in id order for a rebuild (keyset paging: no OFFSET that slows down
 * with every page).
 */
record Selection(String sql, List<Long> parameters) {

    static Selection ids(String column, Collection<Long> ids) {
        return new Selection(column + " IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", new ArrayList<>(ids));
    }

    /** Up to {@code limit} rows with an id above {@code afterId}, in id order. */
    static Selection after(String column, long afterId, int limit) {
        return new Selection(column + " > ? ORDER BY " + column + " LIMIT " + limit, List.of(afterId));
    }

    boolean isEmpty() {
        return parameters.isEmpty();
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setLong(i + 1, parameters.get(i));
        }
    }
}
