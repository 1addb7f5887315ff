package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.audit.StaffActionTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/** Moderators verify organisations: the badge members of it show next to their names. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private Event<StaffActionTaken> staffActions;

    public Organisation verify(long organisationId, long moderatorId) {
        Organisation organisation = existing(organisationId);
        if (!organisation.isVerified()) {
            organisation.verify(moderatorId);
            staffActions.fire(StaffActionTaken.of(moderatorId, AccountStaffActions.ORGANISATION_VERIFY, "organisation", organisationId)
                    .change("not verified", "verified"));
        }
        EventLog.info(LOG, "organisation.verified", "organisation=" + organisationId + " by=" + moderatorId);
        return organisation;
    }

    public Organisation unverify(long organisationId, long moderatorId) {
        Organisation organisation = existing(organisationId);
        if (organisation.isVerified()) {
            staffActions.fire(StaffActionTaken.of(moderatorId, AccountStaffActions.ORGANISATION_UNVERIFY, "organisation", organisationId)
                    .change("verified", "not verified"));
        }
        organisation.unverify();
        EventLog.info(LOG, "organisation.unverified", "organisation=" + organisationId + " by=" + moderatorId);
        return organisation;
    }

    public List<Organisation> list(boolean onlyUnverified) {
        return accounts.organisations(onlyUnverified, 0, 200);
    }

    private Organisation existing(long id) {
        return accounts.organisation(id).orElseThrow(() -> new NotFound("No such organisation"));
    }
}
