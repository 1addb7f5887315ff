package eu.clusterhub.account;

import eu.clusterhub.platform.DatabaseUnavailable;
import eu.clusterhub.platform.rest.Problems;
import eu.clusterhub.platform.web.RequestFailureLog;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;

/**
 * How callers prove who they are, for pages and API alike:
 * <ul>
 * <li>{@code Authorization: Bearer <token>}: a personal API token, checked on every request
 * and stateless: no session is made or joined, so nothing outlives the token;</li>
 * <li>the sign-in page: email and password through the identity store, then a session
 * (with a new session id, against session fixation) that later requests carry;</li>
 * <li>a protected page without either: redirect to the sign-in page; a protected API call: 401.</li>
 * </ul>
 */
@ApplicationScoped
@DeclareRoles({"MEMBER", "MODERATOR", "ADMIN"})
public class PortalAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private SessionRegistry sessions;


    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<Account> account;
            try {
                account = apiTokens.authenticate(authorization.substring(BEARER.length()).strip());
            } catch (RuntimeException e) {
                return unavailableOrRethrow(request, response, e);
            }
            if (account.isEmpty()) {
                return unauthorized(response, "The API token is unknown, revoked, or its account is suspended");
            }
            return context.notifyContainerAboutLogin(() -> account.get().getId().toString(),
                    AccountIdentityStore.groups(account.get().getRole()));
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null && !context.isAuthenticationRequest()) {
            // the session of an earlier sign-in (what @AutoApplySession would do, but only for sessions)
            try {
                context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            sessions.add(Long.parseLong(result.getCallerPrincipal().getName()), request.getSession());
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return unauthorized(response, "Sign in, or send an API token as 'Authorization: Bearer <token>'");
            }
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/signin?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The token lookup runs before the filters and the API's exception mapper that answer a
     * lost database with 503: without this, the container would answer 500.
     */
    private static AuthenticationStatus unavailableOrRethrow(HttpServletRequest request, HttpServletResponse response,
                                                             RuntimeException failure) {
        if (!DatabaseUnavailable.isCause(failure)) {
            throw failure;
        }
        try {
            RequestFailureLog.answerUnavailable(request, response, failure);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer");
            Problems.write(response, 401, "Not signed in", detail);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
