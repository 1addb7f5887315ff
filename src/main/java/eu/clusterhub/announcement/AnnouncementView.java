package eu.clusterhub.announcement;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.ConditionalGet;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PageVersion;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;

/**
 * /announcements/{slug}: one announcement with its provenance, official links and related
 * announcements; moderators also get publish, archive and pin ({@link AnnouncementPermissions}).
 * A draft is a 404 for everyone else, as in the API.
 */
@Named
@RequestScoped
public class AnnouncementView {

    static final int RELATED = 5;

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private AnnouncementService service;

    @Inject
    private CurrentAccount me;

    @Inject
    private CallerPermissions callerPermissions;

    @Inject
    private AccountRepository accounts;

    private Announcement announcement;
    private List<Announcement> related;

    /**
     * View action: a 404 for an unknown slug, or a draft shown to a non-moderator. The
     * announcement itself is looked up on first use, since postbacks evaluate the page's
     * conditions before any view action runs.
     */
    public void load() {
        if (getAnnouncement() == null) {
            HttpErrors.send(404, "No such announcement");
        } else if (!FacesContext.getCurrentInstance().isPostback()) {
            ConditionalGet.answer(version());
        }
    }

    /** What an anonymous reader's copy shows: the announcement, its related ones, who suggested it, and whether it has expired by today. */
    private PageVersion version() {
        PageVersion version = PageVersion.of("announcement").add(announcement.getId()).add(announcement.getVersion())
                .add(getSuggesterName()).add(isExpired());
        getRelated().forEach(a -> version.add(a.getId()).add(a.getVersion()));
        return version;
    }

    public void publish() {
        act(service::publish, "Published: everyone can read it now, and it is in the feed.");
    }

    public void archive() {
        act(service::archive, "Archived: it stays readable at its address but leaves the list and the feed.");
    }

    public void pin() {
        act(service::pin, "Pinned: it is shown at the top of the list.");
    }

    public void unpin() {
        act(service::unpin, "Unpinned.");
    }

    private void act(BiFunction<Long, Account, Announcement> action, String done) {
        if (FacesMessages.attempt(() -> announcement = action.apply(getAnnouncement().getId(), me.require()))) {
            related = null;
            FacesMessages.info(done);
        }
    }

    public Announcement getAnnouncement() {
        if (announcement == null) {
            announcement = PathParameter.current().filter(s -> s.length() <= 80).flatMap(repository::bySlug)
                    .filter(a -> callerPermissions.get().maySee(a).isGranted())
                    .orElse(null);
        }
        return announcement;
    }

    public List<Announcement> getRelated() {
        if (related == null) {
            related = getAnnouncement() == null ? List.of() : repository.related(announcement, RELATED);
        }
        return related;
    }

    /** For moderators: who suggested this draft, if a member did. */
    public String getSuggesterName() {
        Long id = getAnnouncement() == null ? null : announcement.getSuggestedBy();
        return id == null ? null : accounts.byId(id).map(Account::getDisplayName).orElse(null);
    }

    public boolean isExpired() {
        return getAnnouncement() != null && announcement.isExpired(LocalDate.now(ZoneOffset.UTC));
    }


    /** Edit, publish, archive, pin and the revisions are shown by this. */
    public boolean isMayWrite() {
        return callerPermissions.get().mayWrite().isGranted();
    }
}
