package eu.clusterhub.account;

import jakarta.enterprise.context.RequestScoped;

/** What the identity store decided for this request's sign-in, for the page to explain. */
@RequestScoped
public class SignInOutcome {

    private SignIn.Result result;

    void set(SignIn.Result result) {
        this.result = result;
    }

    public SignIn.Result get() {
        return result;
    }
}
