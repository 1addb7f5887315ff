package eu.clusterhub.account;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * What staff do to accounts and organisations, as the audit log records it: admins create
 * accounts with a role, change roles, suspend and reactivate; moderators verify
 * organisations and withdraw the verification. What members do to their own account is not
 * a staff action.
 */
@ApplicationScoped
public class AccountStaffActions implements StaffActions {

    static final String CREATE = "account.create";
    static final String ROLE = "account.role";
    static final String SUSPEND = "account.suspend";
    static final String REACTIVATE = "account.reactivate";
    static final String ORGANISATION_VERIFY = "organisation.verify";
    static final String ORGANISATION_UNVERIFY = "organisation.unverify";

    @Override
    public Set<String> names() {
        return Set.of(CREATE, ROLE, SUSPEND, REACTIVATE, ORGANISATION_VERIFY, ORGANISATION_UNVERIFY);
    }
}
