package eu.clusterhub.account;

import eu.clusterhub.platform.TooManyAttempts;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.mail.Mailer;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The registration page, /register. */
@Named
@RequestScoped
public class RegisterView {

    private static final Map<String, String> INPUTS = Map.of(
            "email", "register:email", "password", "register:password", "displayName", "register:displayName",
            "organisation.name", "register:organisation", "organisation.kind", "register:kind",
            "organisation.country", "register:country", "organisation.sector", "register:sector",
            "acceptTerms", "register:acceptTerms");

    @Inject
    private AccountService service;

    private String email;
    private String password;
    private String displayName;
    private String organisation;
    private String kind;
    private String country;
    private String sector;
    private boolean acceptTerms;
    private boolean registered;

    public void register() {
        try {
            service.register(new Registration(email, password, displayName, organisation, kind, country, sector, acceptTerms));
            registered = true;
        } catch (ValidationFailed e) {
            FacesMessages.fieldErrors(e, INPUTS);
        } catch (TooManyAttempts e) {
            FacesMessages.refused(e);
        } catch (Mailer.MailNotSent e) {
            FacesMessages.error("We could not send the confirmation mail just now, so nothing was saved. Please try again.");
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Map<String, String> getCountries() {
        return Countries.all();
    }

    public boolean isRegistered() {
        return registered;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }

}
