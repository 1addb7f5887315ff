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
 * of one of them (?rev=N, the newest by default) against the revision before it or any
 * other (?against=M).
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
    private AnnouncementRevision compared;
    private RevisionDiff diff;

    public void load() {
        announcement = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}"))
                .flatMap(id -> repository.byId(Long.parseLong(id))).orElse(null);
        if (announcement == null) {
            HttpErrors.send(404, "No such announcement");
            return;
        }
        revisions = service.revisions(announcement.getId(), me.require(Role.MODERATOR));
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String rev = params.get("rev");
        selected = revisions.stream().filter(r -> rev == null ? true : Integer.toString(r.getNumber()).equals(rev))
                .findFirst().orElse(null);
        if (selected == null) {
            HttpErrors.send(404, "No such revision");
            return;
        }
        // ?against=M compares with any other revision; by default with the one before
        String against = params.get("against");
        int other = against != null && against.matches("[0-9]{1,9}") ? Integer.parseInt(against) : selected.getNumber() - 1;
        compared = revisions.stream().filter(r -> r.getNumber() == other).findFirst().orElse(null);
        Snapshot before = compared == null ? null : compared.getSnapshot();
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

    /** The revision the selected one is compared with; null for the first revision. */
    public AnnouncementRevision getCompared() {
        return compared;
    }

    public RevisionDiff getDiff() {
        return diff;
    }
}
