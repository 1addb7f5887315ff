package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** /new-offer and /edit-offer/{id}: a member publishes or edits an offer of production capacity, or closes it. */
@Named
@RequestScoped
public class OfferFormView extends ListingFormView {

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("category", "offer:category"),
            Map.entry("title", "offer:title"), Map.entry("description", "offer:description"),
            Map.entry("capacityPerWeek", "offer:capacity"), Map.entry("unit", "offer:unit"),
            Map.entry("leadTimeDays", "offer:lead-time"), Map.entry("minimumOrder", "offer:minimum-order"),
            Map.entry("certifications", "offer:certifications"), Map.entry("countries", "offer:countries"),
            Map.entry("validUntil", "offer:valid-until"), Map.entry("language", "offer:language"),
            Map.entry("status", "offer:status"), Map.entry("version", "offer:version"));

    @Inject
    private OfferService service;

    @Inject
    private ListingRepository listings;

    private String capacityPerWeek;
    private String leadTimeDays = "0";
    private String minimumOrder;
    private boolean allCountries = true;
    private List<String> countries = new ArrayList<>();
    private String validUntil = OfferService.today().plusDays(60).toString();
    private String status = OfferStatus.OPEN.code();

    @Override
    Map<String, String> inputs() {
        return INPUTS;
    }

    @Override
    Permission mayPublish() {
        return MatchmakingPermissions.of(me.getAccount()).mayPublish();
    }

    @Override
    boolean loadEdited(long id) {
        Offer offer = listings.offer(id).orElse(null);
        if (offer == null) {
            return false;
        }
        Permission edit = MatchmakingPermissions.of(me.getAccount()).mayEdit(offer);
        if (!edit.isGranted()) {
            FacesMessages.refused(edit.refusal());
        }
        Catalogue.Snapshot lists = catalogue.now();
        category = lists.category(offer.getCategoryId()).getSlug();
        title = offer.getTitle();
        description = offer.getDescriptionMarkdown();
        unit = offer.getUnit().code();
        certifications = new ArrayList<>(lists.certifications(offer.getCertificationIds()).stream().map(Certification::getSlug).toList());
        language = offer.getLanguage();
        version = offer.getVersion();
        capacityPerWeek = text(offer.getCapacityPerWeek());
        leadTimeDays = text(offer.getLeadTimeDays());
        minimumOrder = text(offer.getMinimumOrder());
        allCountries = offer.isAllCountries();
        countries = new ArrayList<>(offer.getCountries());
        validUntil = offer.getValidUntil().toString();
        status = offer.getStatus().code();
        return true;
    }

    public void save() {
        List<String> served = allCountries ? List.of(ListingRules.ALL_COUNTRIES) : countries;
        ListingRules.OfferDraft draft = new ListingRules.OfferDraft(category, title, description, capacityPerWeek, unit,
                leadTimeDays, minimumOrder, certifications, served, validUntil, language);
        try {
            Offer offer = isEditing() ? service.edit(getEditedId(), version, draft, status, me.require())
                    : service.publish(draft, me.require());
            HttpErrors.redirect("/offers/" + offer.getId());
        } catch (Refusal e) {
            refused(e);
        }
    }

    public void close() {
        if (FacesMessages.attempt(() -> service.close(getEditedId(), me.require()))) {
            HttpErrors.redirect("/offers/" + getEditedId());
        }
    }

    public boolean getMayClose() {
        return isEditing() && listings.offer(getEditedId()).map(o -> MatchmakingPermissions.of(me.getAccount()).mayClose(o).isGranted())
                .orElse(false);
    }

    public String getCapacityPerWeek() { return capacityPerWeek; }
    public void setCapacityPerWeek(String capacityPerWeek) { this.capacityPerWeek = capacityPerWeek; }
    public String getLeadTimeDays() { return leadTimeDays; }
    public void setLeadTimeDays(String leadTimeDays) { this.leadTimeDays = leadTimeDays; }
    public String getMinimumOrder() { return minimumOrder; }
    public void setMinimumOrder(String minimumOrder) { this.minimumOrder = minimumOrder; }
    public boolean isAllCountries() { return allCountries; }
    public void setAllCountries(boolean allCountries) { this.allCountries = allCountries; }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> countries) { this.countries = countries; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
