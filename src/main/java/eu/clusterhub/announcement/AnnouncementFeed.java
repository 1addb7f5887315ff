package eu.clusterhub.announcement;

import static eu.clusterhub.platform.web.AtomFeeds.content;
import static eu.clusterhub.platform.web.AtomFeeds.date;
import static eu.clusterhub.platform.web.AtomFeeds.link;
import static eu.clusterhub.platform.web.AtomFeeds.person;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.AtomFeeds;
import eu.clusterhub.platform.web.SiteUrl;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * /feeds/announcements.atom: the newest published announcements as Atom 1.0 (RFC 4287),
 * with the same filters as the list page, e.g. {@code ?country=DE&topic=state-aid}.
 */
@WebServlet("/feeds/announcements.atom")
public class AnnouncementFeed extends HttpServlet {

    static final int ENTRIES = 50;

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private SiteUrl siteUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AnnouncementQuery query;
        try {
            query = AnnouncementQuery.parse(request::getParameter, false);
        } catch (ValidationFailed e) {
            response.setStatus(400);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().println("Bad feed filter: " + e.errors().stream()
                    .map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
            return;
        }
        List<Announcement> items = repository.find(new AnnouncementQuery(query.source(), query.country(), query.topic(),
                query.from(), query.to(), AnnouncementStatus.PUBLISHED, 1, ENTRIES)).items();
        String base = siteUrl.base();
        String filters = query.filterQueryString();
        Feed feed = feed(base, filters, items);
        AtomFeeds.write(feed, 300, request, response);
    }

    static Feed feed(String base, String filters, List<Announcement> items) {
        String suffix = filters.isEmpty() ? "" : "?" + filters;
        Feed feed = AtomFeeds.feed(base + "/feeds/announcements.atom" + suffix, base + "/announcements" + suffix,
                "ClusterHub announcements" + (filters.isEmpty() ? "" : " (filtered)"));
        feed.setSubtitle(content(Content.TEXT, "Measures of the European Commission and the Member States for industrial clusters"));
        feed.setUpdated(date(items.stream().map(Announcement::getUpdatedAt).max(LocalDateTime::compareTo)
                .orElse(LocalDateTime.now(ZoneOffset.UTC))));
        List<Entry> entries = new ArrayList<>();
        items.forEach(a -> entries.add(entry(base, a)));
        feed.setEntries(entries);
        return feed;
    }

    private static Entry entry(String base, Announcement a) {
        Entry entry = new Entry();
        String url = base + "/announcements/" + a.getSlug();
        entry.setId(url);
        entry.setTitle(a.getTitle());
        entry.setUpdated(date(a.getUpdatedAt()));
        entry.setPublished(date(a.getPublishedAt() == null ? a.getCreatedAt() : a.getPublishedAt()));
        entry.setAuthors(List.of(person(a.getIssuingBody())));
        entry.setSummary(content(Content.TEXT, a.getSummary()));
        entry.setContents(List.of(content(Content.HTML, a.getBodyHtml())));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        List<Link> official = new ArrayList<>();
        a.getLinks().forEach(l -> {
            Link link = link("related", null, l.getUrl());
            link.setTitle(l.getLabel());
            official.add(link);
        });
        entry.setOtherLinks(official);
        List<Category> categories = new ArrayList<>();
        a.getTopics().forEach(t -> categories.add(category(base + "/topics", t.getSlug(), t.getName())));
        if (a.getCountry() != null) {
            categories.add(category(base + "/countries", a.getCountry(), a.getCountryName()));
        }
        entry.setCategories(categories);
        return entry;
    }

    private static Category category(String scheme, String term, String label) {
        Category category = new Category();
        category.setScheme(scheme);
        category.setTerm(term);
        category.setLabel(label);
        return category;
    }

}
