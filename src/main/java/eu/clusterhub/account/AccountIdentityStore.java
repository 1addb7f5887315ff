package eu.clusterhub.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The database identity store: email and password checked against the account table. The
 * caller principal is the account id (stable when the email changes); the groups are the
 * role and every role below it.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignIn signIn;

    @Inject
    private SignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIn.Result result = signIn.attempt(password.getCaller(), password.getPasswordAsString());
        outcome.set(result);
        if (result.outcome() != SignIn.Outcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.account().getId().toString(), groups(result.account().getRole()));
    }

    static Set<String> groups(Role role) {
        return EnumSet.allOf(Role.class).stream().filter(role::atLeast).map(Enum::name).collect(Collectors.toSet());
    }
}
