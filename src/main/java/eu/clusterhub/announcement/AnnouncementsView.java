package eu.clusterhub.announcement;

import eu.clusterhub.platform.web.PageVersion;
import eu.clusterhub.platform.web.ConditionalGet;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * /announcements: the list, pinned first, newest first, filtered by GET parameters so that
 * every filtered list is a bookmarkable URL (and has a matching feed). A bad parameter is
 * named on the page and the unfiltered list is shown.
 */
@Named
@RequestScoped
public class AnnouncementsView {

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private CallerPermissions callerPermissions;

    private Map<String, String> params;
    private AnnouncementQuery query;
    private ResultPage<Announcement> page;
    private List<String> problems = List.of();

    /** View action: reads the filters and loads the page. */
    public void load() {
        params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            query = AnnouncementQuery.parse(params::get, callerPermissions.get().maySeeDrafts());
        } catch (ValidationFailed e) {
            problems = e.errors().stream().map(f -> f.field() + ": " + f.message()).toList();
            query = AnnouncementQuery.published();
        }
        page = repository.find(query);
        if (!FacesContext.getCurrentInstance().isPostback()) {
            ConditionalGet.answer(version());
        }
    }

    /** What an anonymous reader's copy shows: the page of announcements, the filter problems, the topics to filter by, and today. */
    private PageVersion version() {
        PageVersion version = PageVersion.of("announcements").add(page.total()).add(problems)
                .add(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        page.items().forEach(a -> version.add(a.getId()).add(a.getVersion()));
        getTopics().forEach(t -> version.add(t.getSlug()).add(t.getName()));
        return version;
    }

    public ResultPage<Announcement> getPage() {
        return page;
    }

    public List<String> getProblems() {
        return problems;
    }

    public AnnouncementQuery getQuery() {
        return query;
    }

    /** The raw value of a filter parameter, to refill the form. */
    public String param(String name) {
        String value = params == null ? null : params.get(name);
        return value == null || value.length() > 64 ? "" : value;
    }

    /**
     * The query of this page's canonical address: a later page of the whole list is its own
     * address; a filtered list (filters, another page size, a bad parameter, a page past the
     * end) points at /announcements, so search engines index the list once.
     */
    public String getCanonicalQuery() {
        boolean plain = !query.isFiltered() && query.status() == AnnouncementStatus.PUBLISHED
                && query.size() == AnnouncementQuery.DEFAULT_SIZE && problems.isEmpty();
        return plain && page.page() > 1 && page.page() <= page.pageCount() ? "page=" + page.page() : "";
    }

    public String pageUrl(int number) {
        String filters = query.filterQueryString();
        String pageParam = number == 1 ? "" : "page=" + number;
        String joined = filters.isEmpty() ? pageParam : pageParam.isEmpty() ? filters : filters + "&" + pageParam;
        return "/announcements" + (joined.isEmpty() ? "" : "?" + joined);
    }

    public String getFeedUrl() {
        String filters = query.filterQueryString().replaceAll("(^|&)status=[^&]*", "");
        return "/feeds/announcements.atom" + (filters.isEmpty() ? "" : "?" + filters);
    }

    public List<Topic> getTopics() {
        return repository.topics();
    }

    public Map<String, String> getCountries() {
        return Countries.all().entrySet().stream().filter(e -> !e.getKey().equals(Countries.OTHER))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public SourceType[] getSourceTypes() {
        return SourceType.values();
    }

    public AnnouncementStatus[] getStatuses() {
        return AnnouncementStatus.values();
    }


    public boolean isMayWrite() {
        return callerPermissions.get().mayWrite().isGranted();
    }

    /** Suggesting, for those who cannot write announcements themselves. */
    public boolean isMaySuggest() {
        return !isMayWrite() && callerPermissions.get().maySuggest().isGranted();
    }

    public boolean isMaySeeDrafts() {
        return callerPermissions.get().maySeeDrafts();
    }
}
