package eu.clusterhub.matchmaking;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The demo data of {@code demo/matchmaking-demo.yml} ({@link DemoData}): organisations with
 * one member each, and offers and needs whose dates are written relative to the day of the
 * import ({@code +12d}). Checked here for shape; the listings' content is checked by
 * {@link ListingRules} like any other.
 */
public record DemoFile(String password, List<Organisation> organisations, List<Listing> offers, List<Listing> needs) {

    public static final String RESOURCE = "demo/matchmaking-demo.yml";
    private static final Pattern RELATIVE_DATE = Pattern.compile("\\+(\\d{1,3})d");
    private static final Set<String> ORGANISATION_KEYS = Set.of("key", "name", "kind", "country", "sector", "verified", "email", "member");
    private static final Set<String> OFFER_KEYS = Set.of("by", "category", "title", "language", "description", "capacityPerWeek",
            "unit", "leadTimeDays", "minimumOrder", "certifications", "countries", "validUntil");
    private static final Set<String> NEED_KEYS = Set.of("by", "category", "title", "language", "description", "quantity", "unit",
            "neededBy", "country", "region", "certifications");

    /** A demo organisation and its one member account. */
    public record Organisation(String key, String name, String kind, String country, String sector, boolean verified,
                               String email, String member) {
    }

    /** An offer or a need as written: its owner's key and its fields as text. */
    public record Listing(String by, Map<String, Object> fields) {

        public String title() {
            return text(fields, "title");
        }

        /** The offer's draft, its date counted from today. */
        public ListingRules.OfferDraft offer(LocalDate today) {
            return new ListingRules.OfferDraft(text(fields, "category"), title(), text(fields, "description"),
                    text(fields, "capacityPerWeek"), text(fields, "unit"), text(fields, "leadTimeDays"), text(fields, "minimumOrder"),
                    texts(fields, "certifications"), texts(fields, "countries"), date(fields, "validUntil", today),
                    text(fields, "language"));
        }

        /** The need's draft, its date counted from today. */
        public ListingRules.NeedDraft need(LocalDate today) {
            return new ListingRules.NeedDraft(text(fields, "category"), title(), text(fields, "description"),
                    text(fields, "quantity"), text(fields, "unit"), date(fields, "neededBy", today), text(fields, "country"),
                    text(fields, "region"), texts(fields, "certifications"), text(fields, "language"));
        }
    }

    /** Reads the bundled file from the class path. */
    public static DemoFile bundled() {
        try (InputStream in = DemoFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses and checks the file's shape; a problem names the entry. */
    public static DemoFile read(Reader reader) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(RESOURCE + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException(RESOURCE + " must be a mapping with password, organisations, offers and needs");
        }
        String password = text(map(top, "top level"), "password");
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException(RESOURCE + ": 'password' must have at least 12 characters");
        }
        List<Organisation> organisations = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (Map<String, Object> entry : entries(top, "organisations", ORGANISATION_KEYS)) {
            Organisation organisation = new Organisation(required(entry, "key"), required(entry, "name"), required(entry, "kind"),
                    required(entry, "country"), text(entry, "sector"), Boolean.TRUE.equals(entry.get("verified")),
                    required(entry, "email"), required(entry, "member"));
            if (!keys.add(organisation.key()) || !emails.add(organisation.email())) {
                throw new IllegalArgumentException(RESOURCE + ": organisation '" + organisation.key() + "' repeats a key or an email");
            }
            organisations.add(organisation);
        }
        return new DemoFile(password, organisations, listings(top, "offers", OFFER_KEYS, keys), listings(top, "needs", NEED_KEYS, keys));
    }

    private static List<Listing> listings(Map<?, ?> top, String section, Set<String> allowed, Set<String> organisations) {
        List<Listing> listings = new ArrayList<>();
        for (Map<String, Object> entry : entries(top, section, allowed)) {
            String by = required(entry, "by");
            if (!organisations.contains(by)) {
                throw new IllegalArgumentException(RESOURCE + ": " + section + " entry '" + text(entry, "title")
                        + "' is by '" + by + "', which is no organisation of the file");
            }
            listings.add(new Listing(by, Map.copyOf(entry)));
        }
        return listings;
    }

    private static List<Map<String, Object>> entries(Map<?, ?> top, String section, Set<String> allowed) {
        Object value = top.get(section);
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(RESOURCE + ": '" + section + "' must be a list");
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> entry = map(item, section + " entry " + (entries.size() + 1));
            for (String key : entry.keySet()) {
                if (!allowed.contains(key)) {
                    throw new IllegalArgumentException(RESOURCE + ": " + section + " entry " + (entries.size() + 1)
                            + " has an unknown key '" + key + "'; allowed: " + allowed);
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?> map) || !map.keySet().stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException(RESOURCE + ": " + what + " must be a mapping");
        }
        return (Map<String, Object>) map;
    }

    private static String required(Map<String, Object> entry, String key) {
        String value = text(entry, key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(RESOURCE + ": an entry has no '" + key + "': " + entry);
        }
        return value;
    }

    private static String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        return value == null ? null : value.toString();
    }

    /** A list, or a single value as a list of one ("countries: EU"). */
    private static List<String> texts(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    /** "+12d": twelve days after today; anything else is passed on for the rules to judge. */
    private static String date(Map<String, Object> entry, String key, LocalDate today) {
        String value = text(entry, key);
        Matcher relative = value == null ? null : RELATIVE_DATE.matcher(value.strip());
        return relative != null && relative.matches() ? today.plusDays(Integer.parseInt(relative.group(1))).toString() : value;
    }
}
