package eu.clusterhub.account;

import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/accounts: find accounts, change their role, suspend and reactivate them (ADMIN). */
@Named
@RequestScoped
public class AdminAccountsView {

    static final int PAGE_SIZE = 50;

    @Inject
    private CurrentAccount me;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountService service;

    private String query;
    private List<Account> found;

    public List<Account> getAccounts() {
        me.require(Role.ADMIN);
        if (found == null) {
            found = accounts.search(query, 0, PAGE_SIZE);
        }
        return found;
    }

    public void changeRole(long accountId, String role) {
        Account admin = me.require(Role.ADMIN);
        if (admin.getId() == accountId) {
            FacesMessages.error("You cannot change your own role.");
            return;
        }
        service.changeRole(accountId, Role.valueOf(role), admin);
        found = null;
        FacesMessages.info("The role was changed.");
    }

    public void suspend(long accountId) {
        Account admin = me.require(Role.ADMIN);
        if (admin.getId() == accountId) {
            FacesMessages.error("You cannot suspend yourself.");
            return;
        }
        service.suspend(accountId, admin);
        found = null;
        FacesMessages.info("The account is suspended; its sessions and API tokens no longer work.");
    }

    public void reactivate(long accountId) {
        service.reactivate(accountId, me.require(Role.ADMIN));
        found = null;
        FacesMessages.info("The account is active again.");
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        if (query != null && query.length() > 200) {
            throw ValidationFailed.of("q", "Search for at most 200 characters");
        }
        this.query = query;
    }
}
