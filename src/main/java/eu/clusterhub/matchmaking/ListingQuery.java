package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The filters of a list of offers or needs as the API and the pages take them
 * ({@code category, country, certification, status, page, size}): a category includes the
 * ones below it, unknown values are field errors. By default a list shows what is still
 * looking for a partner: open offers, active needs.
 */
record ListingQuery(ListingRepository.Filter filter, Paging paging) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    static ListingQuery offers(Catalogue.Snapshot lists, String category, String country, String certification, String status,
                               String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Collection<?> statuses = Set.of(OfferStatus.OPEN);
        if (status != null && !status.isBlank()) {
            statuses = "all".equals(status.strip()) ? null : OfferStatus.of(status.strip()).map(Set::of).orElseGet(() -> {
                errors.add(new FieldError("status", "Use open, paused, closed or all"));
                return null;
            });
        }
        return query(lists, category, country, certification, statuses, page, size, errors);
    }

    static ListingQuery needs(Catalogue.Snapshot lists, String category, String country, String certification, String status,
                              String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Collection<?> statuses = NeedStatus.ACTIVE;
        if (status != null && !status.isBlank()) {
            String s = status.strip();
            statuses = "all".equals(s) ? null : "active".equals(s) ? NeedStatus.ACTIVE : NeedStatus.of(s).map(Set::of).orElseGet(() -> {
                errors.add(new FieldError("status", "Use active, open, in-contact, partly-covered, covered, closed, expired or all"));
                return null;
            });
        }
        return query(lists, category, country, certification, statuses, page, size, errors);
    }

    private static ListingQuery query(Catalogue.Snapshot lists, String category, String country, String certification,
                                      Collection<?> statuses, String page, String size, List<FieldError> errors) {
        Collection<Long> categoryIds = null;
        if (category != null && !category.isBlank()) {
            categoryIds = lists.category(category.strip()).map(c -> (Collection<Long>) lists.withDescendants(c.getId()))
                    .orElseGet(() -> {
                        errors.add(new FieldError("category", "Unknown category; GET /api/products lists them"));
                        return null;
                    });
        }
        String countryCode = null;
        if (country != null && !country.isBlank()) {
            countryCode = country.strip().toUpperCase(Locale.ROOT);
            if (!Countries.inEuOrEea(countryCode)) {
                errors.add(new FieldError("country", "Use the code of an EU/EEA country, e.g. IT"));
            }
        }
        Long certificationId = null;
        if (certification != null && !certification.isBlank()) {
            certificationId = lists.certification(certification.strip()).map(Certification::getId).orElseGet(() -> {
                errors.add(new FieldError("certification", "Unknown certification; GET /api/certifications lists them"));
                return null;
            });
        }
        Paging paging = Paging.read(page, size, DEFAULT_SIZE, MAX_SIZE, 100_000, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new ListingQuery(new ListingRepository.Filter(categoryIds, countryCode, certificationId, statuses), paging);
    }
}
