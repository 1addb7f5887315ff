package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /still-valid?token=...: the link of a reminder mail. Opening it only shows what it would
 * do; the button (a POST) does it, so a mail scanner that fetches links changes nothing.
 * A bad link says why, with the 4xx status the API would answer.
 */
@Named
@RequestScoped
public class StillValidView {

    @Inject
    private StillValid stillValid;

    private String token;
    private StillValid.Preview preview;
    private StillValid.Extended extended;
    private String problem;

    /** On opening the link (not on the button's postback). */
    public void load() {
        try {
            preview = stillValid.preview(token);
        } catch (Refusal refusal) {
            refuse(refusal);
        }
    }

    public void confirm() {
        try {
            extended = stillValid.confirm(token);
        } catch (Refusal refusal) {
            refuse(refusal);
        }
    }

    private void refuse(Refusal refusal) {
        String reason = refusal instanceof ValidationFailed invalid && !invalid.errors().isEmpty()
                ? invalid.errors().get(0).message() : refusal.reason();
        problem = reason.endsWith(".") ? reason : reason + ".";
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status(refusal));
    }

    static int status(Refusal refusal) {
        if (refusal instanceof ValidationFailed) {
            return 400;
        }
        if (refusal instanceof NotFound) {
            return 404;
        }
        if (refusal instanceof StillValid.LinkGone) {
            return 410;
        }
        return refusal instanceof Conflict ? 409 : 400;
    }

    /** Why the link does nothing, as a sentence; null when it is fine. */
    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public StillValid.Preview getPreview() {
        return preview;
    }

    public StillValid.Extended getExtended() {
        return extended;
    }

    /** "offer" or "need" in words: what the date of that kind is called. */
    public String dateName(String kind) {
        return "offer".equals(kind) ? "valid until" : "needed by";
    }
}
