package eu.clusterhub.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads what the application wrote about boards and imports, straight from MariaDB. */
public final class Boards {

    /** The eight boards of the original portal, in their order. */
    public static final List<String> SEED_SLUGS = List.of("i-need-help", "i-can-help", "technological-solutions",
            "best-practices", "economic-effects", "funding", "social-aspects", "supporting-policies");
    public static final List<String> SEED_NAMES = List.of("I need help", "I can help", "Technological solutions & tips",
            "Best practices", "Economic effects", "Funding", "Social aspects", "Supporting policies");

    public record Row(long id, String slug, String name, String description, int position, String updatedAt, long version) {
    }

    public record ImportRunRow(long id, String status, int created, int updated, int unchanged, String message) {
    }

    private Boards() {
    }

    public static List<Row> all() throws SQLException {
        return all(TestDatabase.SHARED);
    }

    public static List<Row> all(TestDatabase database) throws SQLException {
        try (Connection db = database.open(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT id, slug, name, description, position, updated_at, version FROM board ORDER BY position, name")) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getLong(7)));
            }
            return rows;
        }
    }

    public static ImportRunRow latestImport(TestDatabase database) throws SQLException {
        try (Connection db = database.open(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT id, status, created, updated, unchanged, message FROM content_import_run ORDER BY id DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new AssertionError("no content import was recorded");
            }
            return new ImportRunRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6));
        }
    }
}
