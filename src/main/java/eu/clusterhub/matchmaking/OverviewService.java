package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The overview for authorities: per category and country, the open need against the weekly
 * capacity offered, the gap, and the oldest unmet needs, for anyone; the needs one by one
 * (CSV, JSON) for moderators and admins ({@link MatchmakingPermissions#mayExport()}).
 *
 * <p>The figures come from a few GROUP BY queries (see {@link OverviewRepository}) that read
 * every open offer: with 100 000 offers they take a good part of a second. A summary is
 * therefore kept per filter for {@code clusterhub.matchmaking.overview-cache-seconds} (5 by
 * default) and then computed again in the background while the kept one is still served
 * (refresh ahead): readers never wait for the queries except for the first reader of a
 * filter, and figures are at most a few seconds behind, which the page says ("as of").
 * An unused filter is forgotten after twelve times that. The exports read the database
 * every time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverviewService {

    /** How many of the oldest unmet needs the overview lists. */
    static final int OLDEST = 10;
    /** Filters kept: every category alone and with a country would be about 1 500. */
    private static final int MAX_CACHED = 2_000;

    @Inject
    private OverviewRepository repository;

    @Inject
    private Catalogue catalogue;

    /** How long a summary is served before it is computed again; 0 computes every one. */
    @Inject
    @ConfigProperty(name = "clusterhub.matchmaking.overview-cache-seconds", defaultValue = "5")
    int cacheSeconds;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private LoadingCache<Key, Summary> summaries;

    @PostConstruct
    void createCache() {
        if (cacheSeconds > 0) {
            summaries = Caffeine.newBuilder()
                    .maximumSize(MAX_CACHED)
                    .refreshAfterWrite(Duration.ofSeconds(cacheSeconds))
                    .expireAfterWrite(Duration.ofSeconds(cacheSeconds * 12L))
                    .executor(executor)
                    .build(this::compute);
        }
    }

    /** The checked filter: a category (with everything below it) or null, a country or null. */
    public record Filter(ProductCategory category, String country) {
    }

    /** A row of the table, with its category and the level's parent resolved. */
    public record Row(ProductCategory category, String country, Unit unit, long need, long capacity, long gap, long needs,
                      long offers) {
    }

    /** A category of the level shown, over the filter's countries. */
    public record Total(ProductCategory category, Unit unit, long need, long capacity, long gap) {
    }

    /** An active need still short of its quantity. */
    public record UnmetNeed(long id, String title, ProductCategory category, String country, long remaining, Unit unit,
                            LocalDate neededBy) {
    }

    /** Everything the overview shows for one filter: the figures of {@code today}, read from the database at {@code asOf}. */
    public record Summary(Filter filter, LocalDate today, Instant asOf, List<Row> rows, List<Total> totals,
                          List<UnmetNeed> oldestUnmet) {
    }

    /** What a summary is kept under: the filter as ids and codes, not entities. */
    private record Key(Long categoryId, String country) {
    }

    /** Reads the filter as the API and the page take it; unknown values are field errors. */
    public Filter filter(String category, String country) {
        List<FieldError> errors = new ArrayList<>();
        ProductCategory chosen = null;
        if (category != null && !category.isBlank()) {
            String slug = category.strip();
            chosen = slug.length() > 64 ? null : catalogue.now().category(slug).orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("category", "Unknown category; GET /api/products lists them"));
            }
        }
        String code = null;
        if (country != null && !country.isBlank()) {
            code = country.strip().toUpperCase(Locale.ROOT);
            if (!Countries.inEuOrEea(code)) {
                errors.add(new FieldError("country", "Use the code of an EU/EEA country, e.g. IT"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Filter(chosen, code);
    }

    /** The figures for this filter, at most {@code cacheSeconds} old (see the class comment). */
    public Summary summary(Filter filter) {
        if (summaries == null) {
            return compute(filter);
        }
        return summaries.get(new Key(filter.category() == null ? null : filter.category().getId(), filter.country()));
    }

    private Summary compute(Key key) {
        Catalogue.Snapshot lists = catalogue.now();
        return compute(new Filter(key.categoryId() == null ? null : lists.category(key.categoryId()), key.country()));
    }

    private Summary compute(Filter filter) {
        Instant asOf = Instant.now();
        Catalogue.Snapshot lists = catalogue.now();
        LocalDate today = OfferService.today();
        OverviewRepository.Scope scope = scope(filter, lists);
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        List<ProductCategory> categories = lists.categories();
        for (int i = 0; i < categories.size(); i++) {
            ProductCategory c = categories.get(i);
            parents.put(c.getId(), c.getParent() == null ? null : c.getParent().getId());
            order.put(c.getId(), i);
        }
        Map<Long, Long> groups = OverviewFigures.groups(parents, filter.category() == null ? null : filter.category().getId());
        List<OverviewFigures.NeedSum> needs = repository.openNeed(scope, today);
        OverviewRepository.Capacity capacity = repository.capacity(scope, today);
        List<OverviewFigures.CapacitySum> everywhere = capacity.everywhere();
        List<OverviewFigures.CapacitySum> named = capacity.named();
        List<OverviewFigures.CapacitySum> byCountry = repository.capacityByCountry(scope, today);
        List<OverviewFigures.CapacitySum> distinct = new ArrayList<>(everywhere);
        distinct.addAll(named);

        List<Row> rows = OverviewFigures.rows(groups::get, order::get, needs, byCountry, everywhere, filter.country()).stream()
                .map(r -> new Row(lists.category(r.categoryId()), r.country(), r.unit(), r.need(), r.capacity(), r.gap(), r.needs(),
                        r.offers()))
                .toList();
        List<Total> totals = OverviewFigures.totals(groups::get, order::get, needs, distinct).stream()
                .map(t -> new Total(lists.category(t.categoryId()), t.unit(), t.need(), t.capacity(), t.gap()))
                .toList();
        List<UnmetNeed> oldest = repository.oldestUnmet(scope, today, OLDEST).stream()
                .map(n -> new UnmetNeed(n.id(), n.title(), lists.category(n.categoryId()), n.country(), n.remaining(), n.unit(),
                        n.neededBy()))
                .toList();
        return new Summary(filter, today, asOf, rows, totals, oldest);
    }

    /** Every active need of the filter, one by one: moderators and admins only (asked before the filter is read). */
    public List<OverviewRepository.ExportedNeed> export(String category, String country, Account caller) {
        MatchmakingPermissions.of(caller).mayExport().check();
        return repository.activeNeeds(scope(filter(category, country), catalogue.now()), OfferService.today());
    }

    /** Whether this caller may export (for the page's links). */
    public boolean mayExport(Account caller) {
        return MatchmakingPermissions.of(caller).mayExport().isGranted();
    }

    private static OverviewRepository.Scope scope(Filter filter, Catalogue.Snapshot lists) {
        return new OverviewRepository.Scope(filter.category() == null ? null : lists.withDescendants(filter.category().getId()),
                filter.country());
    }
}
