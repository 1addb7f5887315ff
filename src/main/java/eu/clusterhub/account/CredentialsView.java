package eu.clusterhub.account;

import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.mail.Mailer;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;

/**
 * The credential forms: change password, change email and delete the account on the
 * profile page; "forgot password" and the reset link on /password.
 */
@Named
@RequestScoped
public class CredentialsView {

    @Inject
    private CurrentAccount me;

    @Inject
    private Credentials credentials;

    @Inject
    private Erasure erasure;

    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String email;
    private String token;
    private boolean done;

    public void changePassword() {
        run(() -> credentials.changePassword(me.require().getId(), currentPassword, newPassword),
                "Your password was changed. Please sign in again.", Map.of(
                        "currentPassword", "changePassword:currentPassword", "newPassword", "changePassword:newPassword"));
        if (done) {
            // the message travels with the redirect to the sign-in page
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            redirect("/signin");
        }
    }

    public void changeEmail() {
        run(() -> credentials.requestEmailChange(me.require().getId(), newEmail, currentPassword),
                "We sent a confirmation link to " + newEmail + ". Your address changes when you follow it.", Map.of(
                        "currentPassword", "changeEmail:currentPassword", "newEmail", "changeEmail:newEmail"));
    }

    public void deleteAccount() throws IOException {
        run(() -> erasure.eraseOwn(me.require().getId(), currentPassword), null, Map.of("password", "deleteAccount:currentPassword"));
        if (done) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.invalidateSession();
            external.redirect(external.getRequestContextPath() + "/?deleted");
        }
    }

    public void requestReset() {
        run(() -> credentials.requestReset(email),
                "If an account uses this address, we sent it a link to choose a new password.", Map.of("email", "forgot:email"));
    }

    public void reset() {
        try {
            credentials.reset(token, newPassword);
            done = true;
            FacesMessages.info("Your new password is set. You can sign in with it now.");
        } catch (InvalidToken e) {
            FacesMessages.error(e.getMessage());
        } catch (Refusal e) {
            FacesMessages.refused(e, Map.of("newPassword", "reset:newPassword"));
        }
    }

    private void run(Runnable action, String success, Map<String, String> inputs) {
        try {
            action.run();
            done = true;
            if (success != null) {
                FacesMessages.info(success);
            }
        } catch (Refusal e) {
            FacesMessages.refused(e, inputs);
        } catch (Mailer.MailNotSent e) {
            FacesMessages.error("We could not send the mail just now, so nothing changed. Please try again.");
        }
    }

    private void redirect(String path) {
        try {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
