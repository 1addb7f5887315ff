package eu.clusterhub.notification;

import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a watch follows: a thread or a board (by id), or a filter: announcements
 * ("topic=state-aid&amp;country=DE&amp;source=..."), a search (its query with filters, e.g.
 * "valves country:IT") or matchmaking ("kind=need&amp;category=..&amp;country=IT"). Filters are
 * normalised (keys sorted, values trimmed, repeated spaces folded) so that one filter is one
 * watch; {@link #key()} is what makes a member's watch unique.
 */
public record WatchTarget(String type, Long id, String filter) {

    public static final String THREAD = "thread";
    public static final String BOARD = "board";
    static final Set<String> BY_ID = Set.of(THREAD, BOARD);
    static final Map<String, Set<String>> FILTER_KEYS = Map.of(
            "announcements", Set.of("topic", "country", "source"),
            "matchmaking", Set.of("kind", "category", "country"));
    static final String SEARCH = "search";
    static final int MAX_FILTER = 500;

    public static WatchTarget thread(long id) {
        return new WatchTarget(THREAD, id, null);
    }

    public static WatchTarget board(long id) {
        return new WatchTarget(BOARD, id, null);
    }

    /** Checks and normalises what a client sent, with one error per wrong field. */
    public static WatchTarget of(String type, Long id, String filter) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null || !(BY_ID.contains(type) || FILTER_KEYS.containsKey(type) || SEARCH.equals(type))) {
            throw ValidationFailed.of("target.type", "Use thread, board, announcements, search or matchmaking");
        }
        String normalised = null;
        if (BY_ID.contains(type)) {
            if (id == null || id < 1) {
                errors.add(new FieldError("target.id", "A " + type + " is named by its id"));
            }
            if (filter != null) {
                errors.add(new FieldError("target.filter", "A " + type + " has no filter"));
            }
        } else {
            if (id != null) {
                errors.add(new FieldError("target.id", "A " + type + " watch has a filter, not an id"));
            }
            normalised = SEARCH.equals(type) ? searchFilter(filter, errors) : keyedFilter(type, filter, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new WatchTarget(type, BY_ID.contains(type) ? id : null, normalised);
    }

    private static String searchFilter(String filter, List<FieldError> errors) {
        String query = filter == null ? "" : filter.strip().replaceAll("\\s+", " ");
        if (query.isEmpty() || query.length() > 200) {
            errors.add(new FieldError("target.filter", "A search watch needs its query, up to 200 characters"));
        }
        return query;
    }

    private static String keyedFilter(String type, String filter, List<FieldError> errors) {
        Set<String> allowed = FILTER_KEYS.get(type);
        TreeMap<String, String> values = new TreeMap<>();
        if (filter != null && filter.length() <= MAX_FILTER) {
            for (String pair : filter.split("&")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = (eq < 0 ? pair : pair.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
                if (!allowed.contains(key) || value.isEmpty() || !value.matches("[\\p{L}\\p{N} ._-]{1,80}")) {
                    errors.add(new FieldError("target.filter", "Use key=value pairs joined by &, with the keys "
                            + String.join(", ", new java.util.TreeSet<>(allowed))));
                    return null;
                }
                values.put(key, value);
            }
        }
        if (values.isEmpty()) {
            errors.add(new FieldError("target.filter", "A " + type + " watch needs a filter, e.g. "
                    + ("announcements".equals(type) ? "topic=state-aid&country=DE" : "kind=need&country=IT")));
            return null;
        }
        if ("matchmaking".equals(type) && values.containsKey("kind") && !Set.of("need", "offer").contains(values.get("kind"))) {
            errors.add(new FieldError("target.filter", "kind is need or offer"));
            return null;
        }
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(k).append('=').append(v));
        return out.toString();
    }

    /** Unique per member: the type with the id or the normalised filter. */
    public String key() {
        return type + ":" + (id != null ? id.toString() : filter);
    }

    /** Whether the level makes sense here: "new threads" is for boards only. */
    public boolean allows(WatchLevel level) {
        return level != WatchLevel.NEW_THREADS || BOARD.equals(type);
    }
}
