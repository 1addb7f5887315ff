package eu.clusterhub.announcement;

import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What makes an announcement acceptable. All problems are reported at once, one per field,
 * so an editor fixes the form in one go; nothing is stored until every rule holds.
 */
public final class AnnouncementRules {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_BODY = 50_000;
    static final int MAX_ISSUING_BODY = 200;
    static final int MAX_TOPICS = 5;
    static final int MAX_LINKS = 5;
    static final int MAX_URL = 2000;
    static final int MAX_LABEL = 200;

    /** The 24 official languages of the EU, as ISO 639-1 codes. */
    public static final Set<String> LANGUAGES = eu.clusterhub.platform.Languages.EU;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private AnnouncementRules() {
    }

    /** The checked content, or {@link ValidationFailed} with every problem found. */
    public static AnnouncementContent check(AnnouncementInput in, Function<String, Optional<Topic>> topicBySlug) {
        List<FieldError> errors = new ArrayList<>();
        String title = line(in.title(), "title", "a title", MAX_TITLE, errors);
        String summary = line(in.summary(), "summary", "a short summary", MAX_SUMMARY, errors);
        String body = body(in.body(), errors);
        SourceType source = SourceType.parse(in.sourceType()).orElse(null);
        if (source == null) {
            errors.add(new FieldError("sourceType", blank(in.sourceType())
                    ? "Choose the type of source" : "Unknown source type; use one of " + List.of(SourceType.values())));
        }
        String issuingBody = line(in.issuingBody(), "issuingBody", "the issuing body, e.g. DG GROW or a ministry",
                MAX_ISSUING_BODY, errors);
        String country = country(in.country(), source, errors);
        List<Topic> topics = topics(in.topics(), topicBySlug, errors);
        List<OfficialLink> links = links(in.links(), errors);
        LocalDate effective = date(in.effectiveDate(), "effectiveDate", true, errors);
        LocalDate expiry = date(in.expiryDate(), "expiryDate", false, errors);
        if (effective != null && expiry != null && expiry.isBefore(effective)) {
            errors.add(new FieldError("expiryDate", "The expiry date cannot be before the effective date"));
        }
        String language = blank(in.language()) ? "en" : in.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "Use the two-letter code of an EU language, e.g. en, de, fr"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new AnnouncementContent(title, summary, body, source, issuingBody, country, topics, links,
                effective, expiry, language);
    }

    private static String line(String value, String field, String what, int max, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError(field, "Enter " + what));
            return null;
        }
        String text = WHITESPACE.matcher(CONTROL.matcher(value).replaceAll("")).replaceAll(" ").strip();
        if (text.length() > max) {
            errors.add(new FieldError(field, "Use at most " + max + " characters (this has " + text.length() + ")"));
        }
        return text;
    }

    private static String body(String value, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError("body", "Enter the text of the announcement"));
            return null;
        }
        String text = CONTROL.matcher(value.replace("\r\n", "\n")).replaceAll("").strip();
        if (text.length() > MAX_BODY) {
            errors.add(new FieldError("body", "Use at most " + MAX_BODY + " characters (this has " + text.length() + ")"));
        }
        return text;
    }

    private static String country(String value, SourceType source, List<FieldError> errors) {
        if (blank(value)) {
            if (source == SourceType.MEMBER_STATE) {
                errors.add(new FieldError("country", "Choose the country of the Member State"));
            }
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        code = code.equals("EL") ? "GR" : code; // the EU writes Greece as EL
        if (!Countries.isKnown(code) || code.equals(Countries.OTHER)) {
            errors.add(new FieldError("country", "Unknown country code; use a two-letter code such as DE or IT"));
            return null;
        }
        return code;
    }

    private static List<Topic> topics(List<String> slugs, Function<String, Optional<Topic>> lookup, List<FieldError> errors) {
        Set<String> unique = new LinkedHashSet<>();
        for (String slug : slugs == null ? List.<String>of() : slugs) {
            if (!blank(slug)) {
                unique.add(slug.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (unique.isEmpty()) {
            errors.add(new FieldError("topics", "Choose at least one topic"));
            return List.of();
        }
        if (unique.size() > MAX_TOPICS) {
            errors.add(new FieldError("topics", "Choose at most " + MAX_TOPICS + " topics"));
            return List.of();
        }
        List<Topic> topics = new ArrayList<>();
        for (String slug : unique) {
            Optional<Topic> topic = slug.length() > 64 ? Optional.empty() : lookup.apply(slug);
            if (topic.isEmpty()) {
                errors.add(new FieldError("topics", "Unknown topic '" + abbreviate(slug) + "'"));
            } else {
                topics.add(topic.get());
            }
        }
        return topics;
    }

    private static List<OfficialLink> links(List<AnnouncementInput.LinkInput> inputs, List<FieldError> errors) {
        List<OfficialLink> links = new ArrayList<>();
        List<AnnouncementInput.LinkInput> given = inputs == null ? List.of()
                : inputs.stream().filter(l -> l != null && !(blank(l.url()) && blank(l.label()))).toList();
        if (given.isEmpty()) {
            errors.add(new FieldError("links", "Add at least one official link to the source"));
            return links;
        }
        if (given.size() > MAX_LINKS) {
            errors.add(new FieldError("links", "Add at most " + MAX_LINKS + " official links"));
            return links;
        }
        for (int i = 0; i < given.size(); i++) {
            String field = "links[" + i + "]";
            Optional<URI> url = officialUrl(given.get(i).url());
            if (url.isEmpty()) {
                errors.add(new FieldError(field + ".url",
                        "Enter a complete http:// or https:// address of at most " + MAX_URL + " characters"));
                continue;
            }
            String label = blank(given.get(i).label()) ? url.get().getHost()
                    : WHITESPACE.matcher(CONTROL.matcher(given.get(i).label()).replaceAll("")).replaceAll(" ").strip();
            if (label.length() > MAX_LABEL) {
                errors.add(new FieldError(field + ".label", "Use at most " + MAX_LABEL + " characters for a link's label"));
                continue;
            }
            links.add(new OfficialLink(url.get().toString(), label));
        }
        return links;
    }

    /** An absolute http(s) address with a host; anything else (javascript:, data:, relative) is refused. */
    static Optional<URI> officialUrl(String text) {
        if (blank(text) || text.strip().length() > MAX_URL) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (!web || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String value, String field, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "Enter the date the measure takes effect (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1950 || date.getYear() > 2100) {
                errors.add(new FieldError(field, "Enter a date between 1950 and 2100"));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** A URL-safe slug of a title: "Aide d'État" becomes "aide-d-etat". */
    public static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 70) {
            slug = slug.substring(0, 70).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "announcement" : slug;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
