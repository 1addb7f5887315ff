package eu.clusterhub.notification;

import eu.clusterhub.platform.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /unsubscribe?token=...: the link in every notification mail's text. Opening it changes
 * nothing (mail scanners open links): it says what the button will stop; the button does it.
 * No sign-in needed: the signed token is the proof.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject
    private Unsubscribe unsubscribe;

    private String token;
    private String what;
    private String problem;
    private boolean done;

    /** Checks the token when the page opens (and again when the button is pressed). */
    public void check() {
        try {
            what = MailText.scope(unsubscribe.check(token).scope());
        } catch (Refusal refused) {
            problem = refused.reason();
        }
    }

    public void confirm() {
        try {
            what = MailText.scope(unsubscribe.apply(token).scope());
            done = true;
        } catch (Refusal refused) {
            problem = refused.reason();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getWhat() {
        return what;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isDone() {
        return done;
    }
}
