package eu.clusterhub.account;

import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The profile page, /profile: the account, its organisation and its API tokens. */
@Named
@RequestScoped
public class ProfileView {

    @Inject
    private CurrentAccount me;

    @Inject
    private ApiTokens tokens;

    private String tokenName;
    private String newToken;
    private List<ApiToken> tokenList;

    public Account getAccount() {
        return me.require();
    }

    public List<ApiToken> getTokens() {
        if (tokenList == null) {
            tokenList = tokens.list(me.require().getId());
        }
        return tokenList;
    }

    public void createToken() {
        if (FacesMessages.attempt(Map.of("name", "tokens:tokenName"),
                () -> newToken = tokens.issue(me.require().getId(), tokenName).secret())) {
            tokenName = null;
            tokenList = null;
        }
    }

    public void revoke(long tokenId) {
        if (FacesMessages.attempt(() -> tokens.revoke(me.require().getId(), tokenId))) {
            tokenList = null;
            FacesMessages.info("The token was revoked.");
        }
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    /** The token just created, shown once. */
    public String getNewToken() {
        return newToken;
    }
}
