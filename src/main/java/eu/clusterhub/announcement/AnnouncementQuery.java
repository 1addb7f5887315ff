package eu.clusterhub.announcement;

import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.DateParameter;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A filtered, paged view of the announcements, as the list page, the feed and the API ask
 * for it. Parsed from request parameters, refusing bad ones with a field error each, and
 * written back as a query string for bookmarkable links.
 */
public record AnnouncementQuery(
        SourceType source,
        String country,
        String topic,
        LocalDate from,
        LocalDate to,
        AnnouncementStatus status,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static AnnouncementQuery published() {
        return new AnnouncementQuery(null, null, null, null, null, AnnouncementStatus.PUBLISHED, 1, DEFAULT_SIZE);
    }

    /**
     * Reads source, country, topic, from, to, status, page and size. Only moderators may ask
     * for a status other than published; for anyone else it is a 404-worthy secret, so the
     * parameter is refused the same way as an unknown value.
     */
    public static AnnouncementQuery parse(Function<String, String> param, boolean moderator) {
        List<FieldError> errors = new ArrayList<>();
        SourceType source = null;
        if (present(param.apply("source"))) {
            source = SourceType.parse(param.apply("source")).orElse(null);
            if (source == null) {
                errors.add(new FieldError("source", "Unknown source type"));
            }
        }
        String country = null;
        if (present(param.apply("country"))) {
            country = param.apply("country").strip().toUpperCase(Locale.ROOT);
            country = country.equals("EL") ? "GR" : country;
            if (!Countries.isKnown(country)) {
                errors.add(new FieldError("country", "Unknown country code"));
                country = null;
            }
        }
        String topic = present(param.apply("topic")) ? param.apply("topic").strip().toLowerCase(Locale.ROOT) : null;
        if (topic != null && (topic.length() > 64 || !topic.matches("[a-z0-9-]+"))) {
            errors.add(new FieldError("topic", "Unknown topic"));
            topic = null;
        }
        LocalDate from = DateParameter.read(param.apply("from"), "from", errors);
        LocalDate to = DateParameter.read(param.apply("to"), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "The end of the date range is before its start"));
        }
        AnnouncementStatus status = AnnouncementStatus.PUBLISHED;
        if (present(param.apply("status"))) {
            status = AnnouncementStatus.parse(param.apply("status")).orElse(null);
            if (status == null || (!moderator && status != AnnouncementStatus.PUBLISHED)) {
                errors.add(new FieldError("status", "Unknown status"));
                status = AnnouncementStatus.PUBLISHED;
            }
        }
        Paging paging = Paging.read(param.apply("page"), param.apply("size"), DEFAULT_SIZE, MAX_SIZE, 100_000, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new AnnouncementQuery(source, country, topic, from, to, status, paging.page(), paging.size());
    }

    public int offset() {
        return (page - 1) * size;
    }

    public AnnouncementQuery withPage(int newPage) {
        return new AnnouncementQuery(source, country, topic, from, to, status, newPage, size);
    }

    public boolean isFiltered() {
        return source != null || country != null || topic != null || from != null || to != null;
    }

    /**
     * The filters a member can follow (source, country, topic), as the watches take them, e.g.
     * {@code country=DE&topic=state-aid}; empty when none is chosen.
     */
    public String watchFilter() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("source", source == null ? null : source.slug());
        params.put("country", country);
        params.put("topic", topic);
        return params.entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** The page where a member follows these filters (notification's /watch). */
    public String watchLink() {
        return "/watch?type=announcements&filter=" + java.net.URLEncoder.encode(watchFilter(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The filters as a query string (without page and default values), e.g. {@code country=DE&topic=state-aid}. */
    public String filterQueryString() {
        Map<String, String> params = new LinkedHashMap<>();
        if (source != null) {
            params.put("source", source.slug());
        }
        params.put("country", country);
        params.put("topic", topic);
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        params.put("status", status == AnnouncementStatus.PUBLISHED ? null : status.name().toLowerCase(Locale.ROOT));
        if (size != DEFAULT_SIZE) {
            params.put("size", Integer.toString(size));
        }
        return params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
