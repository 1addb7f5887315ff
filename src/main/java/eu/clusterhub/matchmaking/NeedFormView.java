package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Map;

/** /new-need and /edit-need/{id}: a member publishes or edits what their organisation needs, or closes it. */
@Named
@RequestScoped
public class NeedFormView extends ListingFormView {

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("category", "need:category"),
            Map.entry("title", "need:title"), Map.entry("description", "need:description"),
            Map.entry("quantity", "need:quantity"), Map.entry("unit", "need:unit"), Map.entry("neededBy", "need:needed-by"),
            Map.entry("country", "need:country"), Map.entry("region", "need:region"),
            Map.entry("certifications", "need:certifications"), Map.entry("language", "need:language"),
            Map.entry("version", "need:version"));

    @Inject
    private NeedService service;

    @Inject
    private ListingRepository listings;

    private String quantity;
    private String neededBy;
    private String country;
    private String region;

    @Override
    Map<String, String> inputs() {
        return INPUTS;
    }

    @Override
    Permission mayPublish() {
        return MatchmakingPermissions.of(me.getAccount()).mayPublish();
    }

    @Override
    public void load() {
        if (country == null && me.getAccount() != null && me.getAccount().getOrganisation() != null) {
            country = me.getAccount().getOrganisation().getCountry();
        }
        super.load();
    }

    @Override
    boolean loadEdited(long id) {
        Need need = listings.need(id).orElse(null);
        if (need == null) {
            return false;
        }
        Permission edit = MatchmakingPermissions.of(me.getAccount()).mayEdit(need);
        if (!edit.isGranted()) {
            FacesMessages.refused(edit.refusal());
        }
        Catalogue.Snapshot lists = catalogue.now();
        category = lists.category(need.getCategoryId()).getSlug();
        title = need.getTitle();
        description = need.getDescriptionMarkdown();
        unit = need.getUnit().code();
        certifications = new ArrayList<>(lists.certifications(need.getCertificationIds()).stream().map(Certification::getSlug).toList());
        language = need.getLanguage();
        version = need.getVersion();
        quantity = text(need.getQuantity());
        neededBy = need.getNeededBy().toString();
        country = need.getCountry();
        region = need.getRegion();
        return true;
    }

    public void save() {
        ListingRules.NeedDraft draft = new ListingRules.NeedDraft(category, title, description, quantity, unit, neededBy, country,
                region, certifications, language);
        try {
            Need need = isEditing() ? service.edit(getEditedId(), version, draft, me.require()) : service.publish(draft, me.require());
            HttpErrors.redirect("/needs/" + need.getId());
        } catch (Refusal e) {
            refused(e);
        }
    }

    public void close() {
        if (FacesMessages.attempt(() -> service.close(getEditedId(), me.require()))) {
            HttpErrors.redirect("/needs/" + getEditedId());
        }
    }

    public boolean getMayClose() {
        return isEditing() && listings.need(getEditedId()).map(n -> MatchmakingPermissions.of(me.getAccount()).mayClose(n).isGranted())
                .orElse(false);
    }

    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getNeededBy() { return neededBy; }
    public void setNeededBy(String neededBy) { this.neededBy = neededBy; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
}
