package eu.clusterhub.account;

import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /moderation/organisations: moderators verify organisations (the trust badge). */
@Named
@RequestScoped
public class OrganisationsView {

    @Inject
    private CurrentAccount me;

    @Inject
    private OrganisationService organisations;

    private List<Organisation> list;

    public List<Organisation> getOrganisations() {
        me.require(Role.MODERATOR);
        if (list == null) {
            list = organisations.list(false);
        }
        return list;
    }

    public void verify(long organisationId) {
        organisations.verify(organisationId, me.require(Role.MODERATOR).getId());
        list = null;
        FacesMessages.info("The organisation is verified.");
    }

    public void unverify(long organisationId) {
        organisations.unverify(organisationId, me.require(Role.MODERATOR).getId());
        list = null;
        FacesMessages.info("The verification was withdrawn.");
    }
}
