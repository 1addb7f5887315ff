package eu.clusterhub.search;

import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.StartupSequence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the search page shows for a facet value: a country's name, a category's or a
 * certification's name (read from their managed lists, kept for a minute), the value itself
 * for anything else or anything unknown. The page escapes it like any text.
 */
@ApplicationScoped
class FacetLabels {

    private static final Logger LOG = Logger.getLogger(FacetLabels.class.getName());
    private static final long KEPT_MILLIS = 60_000;

    @Resource(lookup = StartupSequence.DATA_SOURCE)
    private DataSource dataSource;

    private record Names(Map<String, String> categories, Map<String, String> certifications, long readAtMillis) {
    }

    private volatile Names names;

    String label(String facet, String value) {
        return switch (facet) {
            case "country" -> Countries.name(value);
            case "category" -> names().categories().getOrDefault(value, value);
            case "certification" -> names().certifications().getOrDefault(value, value);
            default -> value;
        };
    }

    private Names names() {
        Names current = names;
        if (current == null || System.currentTimeMillis() - current.readAtMillis() > KEPT_MILLIS) {
            current = read();
            names = current;
        }
        return current;
    }

    private Names read() {
        try (Connection db = dataSource.getConnection()) {
            return new Names(bySlug(db, "SELECT slug, name FROM product_category"), bySlug(db, "SELECT slug, name FROM certification"),
                    System.currentTimeMillis());
        } catch (SQLException e) {
            // the slugs are readable too: a failed read only costs the names until the next try
            LOG.log(Level.WARNING, "Facet names could not be read", e);
            return new Names(Map.of(), Map.of(), System.currentTimeMillis());
        }
    }

    private static Map<String, String> bySlug(Connection db, String sql) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                names.put(row.getString(1), row.getString(2));
            }
        }
        return names;
    }
}
