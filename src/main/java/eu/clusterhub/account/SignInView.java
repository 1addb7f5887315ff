package eu.clusterhub.account;

import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/** The sign-in page, /signin, and sign-out (a POST from the header). */
@Named
@RequestScoped
public class SignInView {

    @Inject
    private SecurityContext security;

    @Inject
    private SignInOutcome outcome;

    private String email;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            FacesMessages.error(failureMessage());
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    private String failureMessage() {
        SignIn.Result result = outcome.get();
        if (result != null && result.outcome() == SignIn.Outcome.LOCKED) {
            return "Too many failed sign-ins for this account. Try again after "
                    + result.lockedUntil().format(DateTimeFormatter.ofPattern("HH:mm")) + " UTC.";
        }
        if (result != null && result.outcome() == SignIn.Outcome.THROTTLED) {
            return "Too many failed sign-ins from your network. Try again after "
                    + result.lockedUntil().format(DateTimeFormatter.ofPattern("HH:mm")) + " UTC.";
        }
        if (result != null && result.outcome() == SignIn.Outcome.SUSPENDED) {
            return "This account is suspended. Contact the moderators if you think this is a mistake.";
        }
        return "Wrong email or password.";
    }

    /** Only a local path may be the target, never another site. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && next.length() < 500) {
            return next;
        }
        return "/profile";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
