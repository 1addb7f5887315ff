package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Countries;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.PathParameter;
import eu.clusterhub.platform.web.TextLanguages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the forms of offers and needs share: the lists to choose from (categories indented
 * by depth, certifications, EU/EEA countries, languages), the listing being edited (from
 * the path: /edit-offer/12), the version it was loaded at, and the page messages of a
 * refusal, each at its field.
 */
abstract class ListingFormView {

    @Inject
    CurrentAccount me;

    @Inject
    Catalogue catalogue;

    String category;
    String title;
    String description;
    String unit;
    List<String> certifications = new ArrayList<>();
    String language = TextLanguages.preferred();
    Long version;

    /** The form's input of each field of the rules, for the messages. */
    abstract Map<String, String> inputs();

    /** Loads the edited listing's values on the first request; refuses and says why when the reader may not edit it. */
    abstract boolean loadEdited(long id);

    abstract Permission mayPublish();

    public void load() {
        me.require();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        Long id = getEditedId();
        if (id != null) {
            if (!loadEdited(id)) {
                eu.clusterhub.platform.web.HttpErrors.send(404, "Nothing to edit here");
            }
            return;
        }
        Permission publish = mayPublish();
        if (!publish.isGranted()) {
            FacesMessages.refused(publish.refusal());
        }
    }

    /** The id of the listing being edited, or null for a new one. */
    public Long getEditedId() {
        return PathParameter.current().filter(p -> p.matches("[0-9]{1,18}")).map(Long::valueOf).orElse(null);
    }

    public boolean isEditing() {
        return getEditedId() != null;
    }

    public List<SelectItem> getCategoryOptions() {
        List<SelectItem> options = new ArrayList<>();
        for (ProductCategory c : catalogue.now().categories()) {
            options.add(new SelectItem(c.getSlug(), "\u00a0\u00a0".repeat(c.getDepth() - 1) + c.getName() + " (" + c.getUnit().code() + ")"));
        }
        return options;
    }

    public List<SelectItem> getCertificationOptions() {
        return catalogue.now().certifications().stream().map(c -> new SelectItem(c.getSlug(), c.getName(), c.getDescription()))
                .toList();
    }

    public List<SelectItem> getCountryOptions() {
        return Countries.euAndEea().stream().sorted(Comparator.comparing(Countries::name))
                .map(c -> new SelectItem(c, Countries.name(c))).toList();
    }

    public List<SelectItem> getUnitOptions() {
        List<SelectItem> options = new ArrayList<>();
        options.add(new SelectItem("", "The category's unit"));
        for (Unit u : Unit.values()) {
            options.add(new SelectItem(u.code(), u.code()));
        }
        return options;
    }

    void refused(RuntimeException e) {
        if (e instanceof eu.clusterhub.platform.ValidationFailed invalid) {
            FacesMessages.fieldErrors(invalid, inputs());
            FacesMessages.error("Nothing was saved yet: please correct the marked fields.");
        } else if (e instanceof eu.clusterhub.platform.Refusal refusal) {
            FacesMessages.refused(refusal, inputs());
        } else {
            throw e;
        }
    }

    static String text(long n) {
        return Long.toString(n);
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public List<String> getCertifications() { return certifications; }
    public void setCertifications(List<String> certifications) { this.certifications = certifications; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
