package eu.clusterhub.notification;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /watch?type=search&amp;filter=valves+country:IT (or announcements, matchmaking): a member
 * starts or stops following a filter, from the link a list or the search page shows next to
 * its results. The reading pages stay without forms (and without a session for anonymous
 * readers); this page has the one button. The filter is checked by {@link WatchTarget} as the
 * API checks it.
 */
@Named
@RequestScoped
public class WatchFilterView {

    @Inject
    private CurrentAccount me;

    @Inject
    private WatchService watches;

    private WatchTarget target;
    private String problem;
    private String type;
    private String filter;

    public void load() {
        me.require();
        FacesContext faces = FacesContext.getCurrentInstance();
        type = faces.isPostback() ? type : QueryParameter.text("type");
        filter = faces.isPostback() ? filter : QueryParameter.text("filter");
        try {
            target = "thread".equals(type) || "board".equals(type) ? null : WatchTarget.of(type, null, filter);
            if (target == null) {
                problem = "Threads and boards are watched from their own pages";
            }
        } catch (Refusal e) {
            problem = e.reason();
        }
    }

    public boolean isWatching() {
        return target != null && watches.levelOf(me.require().getId(), target) == WatchLevel.WATCHING;
    }

    public void watch() {
        set(WatchLevel.WATCHING, "You will be notified of new matches");
    }

    public void stop() {
        set(WatchLevel.NORMAL, "You will no longer be notified of this");
    }

    private void set(WatchLevel level, String done) {
        if (target != null && FacesMessages.attempt(() -> watches.set(me.require(), target, level))) {
            FacesMessages.info(done);
        }
    }

    /** What is followed, in words. */
    public String getDescription() {
        if (target == null) {
            return "";
        }
        return switch (target.type()) {
            case "search" -> "New results of the search “" + target.filter() + "”";
            case "announcements" -> "New and revised announcements with " + target.filter().replace("&", ", ").replace("=", ": ");
            default -> "New offers and needs with " + target.filter().replace("&", ", ").replace("=", ": ");
        };
    }

    public String getProblem() { return problem; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getFilter() { return filter; }
    public void setFilter(String filter) { this.filter = filter; }
}
