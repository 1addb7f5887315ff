package eu.clusterhub.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /verify?token=...: the link from the confirmation mail. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    private AccountService service;

    private String token;
    private boolean verified;
    private String problem;

    public void verify() {
        try {
            service.verifyEmail(token);
            verified = true;
        } catch (InvalidToken e) {
            problem = e.getMessage();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getProblem() {
        return problem;
    }
}
