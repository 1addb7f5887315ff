package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** /flag?type=post&amp;id=9: a member reports an item to the moderators, with a reason. */
@Named
@RequestScoped
public class FlagView {

    @Inject
    private CurrentAccount me;

    @Inject
    private ModeratedItems items;

    @Inject
    private Flags flags;

    private Target target;
    private boolean looked;
    private String reason;
    private String note;
    private Long announcementId;
    private boolean done;

    /** View action: a 404 for an unknown item or one the member cannot see. */
    public void load() {
        if (getTarget() == null) {
            HttpErrors.send(404, "No such item");
        }
    }

    public Target getTarget() {
        if (!looked) {
            looked = true;
            String type = QueryParameter.text("type");
            Long id = QueryParameter.id("id");
            Account caller = me.getAccount();
            target = type == null || id == null || caller == null ? null : items.lookup(type, id)
                    .filter(t -> Account.sees(caller, t.state(), t.authorId()))
                    .filter(t -> !t.isPrivate() || t.participants().contains(caller.getId()) || caller.isModerator())
                    .orElse(null);
        }
        return target;
    }

    public void flag() {
        Target t = getTarget();
        if (FacesMessages.attempt(Map.of("reason", "flag:reason", "note", "flag:note", "announcementId", "flag:announcement"),
                () -> flags.flag(new Flags.FlagInput(t.type(), t.id(), reason, note, announcementId), me.require()))) {
            done = true;
            FacesMessages.info("Thank you: a moderator will look at it. You will be told what they decide.");
        }
    }

    public boolean isMine() {
        return getTarget() != null && me.getAccount() != null && me.getAccount().is(getTarget().authorId());
    }

    public List<FlagReason> getReasons() {
        return List.of(FlagReason.values());
    }

    public boolean isDone() {
        return done;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }

    public void setAnnouncementId(Long announcementId) {
        this.announcementId = announcementId;
    }
}
