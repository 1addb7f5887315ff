package eu.clusterhub.announcement;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.account.Role;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /moderation/announcement-history/{id}: every revision of an announcement, and the diff
 * of one of them (?rev=N, the newest by default) against the revision before it.
 */
@Named
@RequestScoped
public class AnnouncementHistoryView {

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private AnnouncementService service;

    @Inject
    private CurrentAccount me;

    private Announcement announcement;
    private List<AnnouncementRevision> revisions;
    private AnnouncementRevision selected;
    private RevisionDiff diff;

    public void load() {
        announcement = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}"))
                .flatMap(id -> repository.byId(Long.parseLong(id))).orElse(null);
        if (announcement == null) {
            HttpErrors.send(404, "No such announcement");
            return;
        }
        revisions = service.revisions(announcement.getId(), me.require(Role.MODERATOR));
        String rev = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("rev");
        selected = revisions.stream().filter(r -> rev == null ? true : Integer.toString(r.getNumber()).equals(rev))
                .findFirst().orElse(null);
        if (selected == null) {
            HttpErrors.send(404, "No such revision");
            return;
        }
        Snapshot before = revisions.stream().filter(r -> r.getNumber() == selected.getNumber() - 1)
                .findFirst().map(AnnouncementRevision::getSnapshot).orElse(null);
        diff = RevisionDiff.between(before, selected.getSnapshot());
    }

    public Announcement getAnnouncement() {
        return announcement;
    }

    public List<AnnouncementRevision> getRevisions() {
        return revisions;
    }

    public AnnouncementRevision getSelected() {
        return selected;
    }

    public RevisionDiff getDiff() {
        return diff;
    }
}
