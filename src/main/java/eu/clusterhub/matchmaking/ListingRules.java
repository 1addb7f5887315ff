package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.DateParameter;
import eu.clusterhub.platform.Languages;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What an offer or a need must say, checked field by field before anything is stored: a
 * known category, certification and country, quantities a factory could mean (no negative
 * or absurd numbers), dates ahead of today and not years away. Every bad field gets its own
 * message; nothing half-checked reaches the database.
 */
public final class ListingRules {

    static final int MAX_TITLE = 150;
    static final int MAX_DESCRIPTION = 20_000;
    /** Larger than any real weekly capacity or order: above it, a number is a typo. */
    static final long MAX_QUANTITY = 1_000_000_000L;
    static final int MAX_LEAD_TIME_DAYS = 365;
    /** Offers and needs look at most this far ahead. */
    static final int MAX_DAYS_AHEAD = 366;
    /** NUTS-2 code, e.g. ITC4 (Lombardy), DE21, EL30. */
    private static final Pattern NUTS2 = Pattern.compile("[A-Z]{2}[0-9A-Z]{2}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\n\t]]");
    /** What "all of the EU/EEA" is written as in a country list. */
    public static final String ALL_COUNTRIES = "EU";

    /** What an offer's form or the API sent, as text. */
    public record OfferDraft(String category, String title, String description, String capacityPerWeek, String unit,
                             String leadTimeDays, String minimumOrder, List<String> certifications, List<String> countries,
                             String validUntil, String language) {
    }

    /** What a need's form or the API sent, as text. */
    public record NeedDraft(String category, String title, String description, String quantity, String unit,
                            String neededBy, String country, String region, List<String> certifications, String language) {
    }

    /** A checked offer. An empty set of countries means all of the EU/EEA. */
    public record OfferInput(ProductCategory category, String title, String description, long capacityPerWeek, Unit unit,
                             int leadTimeDays, long minimumOrder, Set<Certification> certifications, Set<String> countries,
                             LocalDate validUntil, String language) {
    }

    /** A checked need. */
    public record NeedInput(ProductCategory category, String title, String description, long quantity, Unit unit,
                            LocalDate neededBy, String country, String region, Set<Certification> certifications,
                            String language) {
    }

    /** Finds the managed lists' entries by slug. */
    public record Lists(Function<String, Optional<ProductCategory>> category,
                        Function<String, Optional<Certification>> certification) {
    }

    private ListingRules() {
    }

    public static OfferInput offer(OfferDraft draft, Lists lists, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        ProductCategory category = category(draft.category(), lists, errors);
        String title = title(draft.title(), errors);
        String description = description(draft.description(), errors);
        long capacity = quantity(draft.capacityPerWeek(), "capacityPerWeek", 1, errors);
        Unit unit = unit(draft.unit(), category, errors);
        long lead = quantity(draft.leadTimeDays(), "leadTimeDays", 0, MAX_LEAD_TIME_DAYS, 0L, errors);
        long minimum = quantity(draft.minimumOrder(), "minimumOrder", 0, MAX_QUANTITY, 0L, errors);
        Set<Certification> certifications = certifications(draft.certifications(), lists, errors);
        Set<String> countries = servedCountries(draft.countries(), errors);
        LocalDate validUntil = date(draft.validUntil(), "validUntil", today, errors);
        String language = language(draft.language(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new OfferInput(category, title, description, capacity, unit, (int) lead, minimum, certifications, countries,
                validUntil, language);
    }

    public static NeedInput need(NeedDraft draft, Lists lists, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        ProductCategory category = category(draft.category(), lists, errors);
        String title = title(draft.title(), errors);
        String description = description(draft.description(), errors);
        long quantity = quantity(draft.quantity(), "quantity", 1, errors);
        Unit unit = unit(draft.unit(), category, errors);
        LocalDate neededBy = date(draft.neededBy(), "neededBy", today, errors);
        String country = deliveryCountry(draft.country(), errors);
        String region = region(draft.region(), country, errors);
        Set<Certification> certifications = certifications(draft.certifications(), lists, errors);
        String language = language(draft.language(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new NeedInput(category, title, description, quantity, unit, neededBy, country, region, certifications, language);
    }

    private static ProductCategory category(String slug, Lists lists, List<FieldError> errors) {
        if (slug == null || slug.isBlank()) {
            errors.add(new FieldError("category", "Choose a category"));
            return null;
        }
        Optional<ProductCategory> category = slug.length() > 64 ? Optional.empty() : lists.category().apply(slug.strip());
        if (category.isEmpty()) {
            errors.add(new FieldError("category", "Unknown category; GET /api/products lists them"));
        }
        return category.orElse(null);
    }

    static String title(String title, List<FieldError> errors) {
        String clean = title == null ? "" : CONTROL.matcher(title).replaceAll("").replaceAll("\\s+", " ").strip();
        if (clean.length() < 5) {
            errors.add(new FieldError("title", "Write a title of at least 5 characters"));
        } else if (clean.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "Use at most " + MAX_TITLE + " characters (this has " + clean.length() + ")"));
        }
        return clean;
    }

    /** A description on its own (a moderator's edit), refused when empty or too long. */
    static String description(String description) {
        List<FieldError> errors = new java.util.ArrayList<>();
        String clean = description(description, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return clean;
    }

    static String description(String description, List<FieldError> errors) {
        String clean = description == null ? "" : CONTROL.matcher(description.replace("\r\n", "\n")).replaceAll("").strip();
        if (clean.isEmpty()) {
            errors.add(new FieldError("description", "Describe it: what, how, any conditions"));
        } else if (clean.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "Use at most " + MAX_DESCRIPTION + " characters (this has "
                    + clean.length() + ")"));
        }
        return clean;
    }

    private static long quantity(String text, String field, long min, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "Enter a number"));
            return 0;
        }
        return quantity(text, field, min, MAX_QUANTITY, 0L, errors);
    }

    /** A whole number from min to max; {@code absent} when not given. */
    private static long quantity(String text, String field, long min, long max, long absent, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            long n = Long.parseLong(text.strip().replace("_", ""));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, String.format(Locale.ENGLISH, "Use a whole number from %,d to %,d", min, max)));
        return absent;
    }

    private static Unit unit(String code, ProductCategory category, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return category == null ? null : category.getUnit();
        }
        Optional<Unit> unit = Unit.of(code.strip());
        if (unit.isEmpty()) {
            errors.add(new FieldError("unit", "Use one of: pieces, pairs, litres, kits, machine-hours, pallets, shipments"));
        }
        return unit.orElse(null);
    }

    private static Set<Certification> certifications(List<String> slugs, Lists lists, List<FieldError> errors) {
        Set<Certification> found = new LinkedHashSet<>();
        for (String slug : slugs == null ? List.<String>of() : slugs) {
            Optional<Certification> certification = slug == null || slug.length() > 64 ? Optional.empty()
                    : lists.certification().apply(slug.strip());
            if (certification.isEmpty()) {
                errors.add(new FieldError("certifications", "Unknown certification; GET /api/certifications lists them"));
                return Set.of();
            }
            found.add(certification.get());
        }
        return found;
    }

    /** Countries an offer serves: EU/EEA codes, or "EU" (or nothing) for all of them. */
    private static Set<String> servedCountries(List<String> codes, List<FieldError> errors) {
        Set<String> countries = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (clean.equals(ALL_COUNTRIES)) {
                return Set.of();
            }
            if (!Countries.inEuOrEea(clean)) {
                errors.add(new FieldError("countries", "Use EU/EEA country codes such as IT or DE, or EU for all of them"));
                return Set.of();
            }
            countries.add(clean);
        }
        return countries;
    }

    private static String deliveryCountry(String code, List<FieldError> errors) {
        String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!Countries.inEuOrEea(clean)) {
            errors.add(new FieldError("country", "Use the code of an EU/EEA country, e.g. IT"));
            return null;
        }
        return clean;
    }

    private static String region(String code, String country, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String clean = code.strip().toUpperCase(Locale.ROOT);
        // NUTS writes Greece as EL
        String prefix = "GR".equals(country) ? "EL" : country;
        if (!NUTS2.matcher(clean).matches() || (prefix != null && !clean.startsWith(prefix))) {
            errors.add(new FieldError("region", "Use a NUTS-2 code of the delivery country, e.g. ITC4 for Lombardy"));
            return null;
        }
        return clean;
    }

    private static LocalDate date(String text, String field, LocalDate today, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "Enter a date as YYYY-MM-DD"));
            return null;
        }
        int before = errors.size();
        LocalDate date = DateParameter.read(text, field, errors);
        if (errors.size() > before) {
            return null;
        }
        if (!date.isAfter(today)) {
            errors.add(new FieldError(field, "Choose a date after today"));
            return null;
        }
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            errors.add(new FieldError(field, "Choose a date within a year"));
            return null;
        }
        return date;
    }

    private static String language(String language, List<FieldError> errors) {
        String lang = language == null || language.isBlank() ? Languages.FALLBACK : language.strip().toLowerCase(Locale.ROOT);
        if (!Languages.EU.contains(lang)) {
            errors.add(new FieldError("language", "Use the two-letter code of an EU language, e.g. en, de, it"));
        }
        return lang;
    }
}
