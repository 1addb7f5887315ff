package eu.clusterhub.announcement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The first few announcements of the list (pinned first), for the home page. */
@Named
@RequestScoped
public class LatestAnnouncements {

    static final int COUNT = 4;

    @Inject
    private AnnouncementRepository repository;

    private List<Announcement> items;

    public List<Announcement> getItems() {
        if (items == null) {
            AnnouncementQuery first = AnnouncementQuery.published();
            items = repository.find(new AnnouncementQuery(null, null, null, null, null, first.status(), 1, COUNT)).items();
        }
        return items;
    }

    /** What the home page's copy of these cards depends on: each one, and today (cards mark expired measures). */
    public String getVersion() {
        StringBuilder version = new StringBuilder("latest ").append(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        getItems().forEach(a -> version.append(' ').append(a.getId()).append(':').append(a.getVersion()));
        return version.toString();
    }
}
