package eu.clusterhub.moderation;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.account.Role;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** /admin/moderation: what is held for approval, as the admins set it (see {@link ApprovalSettings}). */
@Named
@RequestScoped
public class ModerationSettingsView {

    private static final Map<String, String> INPUTS = Map.of("approveFirstPosts", "settings:first-posts");

    @Inject
    private CurrentAccount me;

    @Inject
    private ApprovalSettings settings;

    private ApprovalSettings.Values values;
    private Integer firstPosts;
    private boolean offersAndNeeds;

    @PostConstruct
    void load() {
        me.require(Role.ADMIN);
        values = settings.current();
        firstPosts = values.firstPosts();
        offersAndNeeds = values.offersAndNeeds();
    }

    public ApprovalSettings.Values getValues() {
        return values;
    }

    public void save() {
        if (FacesMessages.attempt(INPUTS, () -> values = settings.change(firstPosts == null ? -1 : firstPosts, offersAndNeeds, me.require()))) {
            FacesMessages.info("Saved. New posts, offers and needs are held as set here from now on.");
        }
    }

    public void reset() {
        if (FacesMessages.attempt(() -> values = settings.reset(me.require()))) {
            firstPosts = values.firstPosts();
            offersAndNeeds = values.offersAndNeeds();
            FacesMessages.info("Back to the configured defaults.");
        }
    }

    public Integer getFirstPosts() { return firstPosts; }
    public void setFirstPosts(Integer firstPosts) { this.firstPosts = firstPosts; }
    public boolean isOffersAndNeeds() { return offersAndNeeds; }
    public void setOffersAndNeeds(boolean offersAndNeeds) { this.offersAndNeeds = offersAndNeeds; }
}
