package eu.clusterhub.announcement;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.Countries;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Markdown;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /announcement-editor (new) and /announcement-editor/{id} (edit). Moderators write and
 * edit; members send suggestions. The form carries the version it was opened at, so a
 * stale save is refused and the editor keeps what they typed.
 */
@Named
@RequestScoped
public class AnnouncementEditorView {

    static final int LINK_ROWS = AnnouncementRules.MAX_LINKS;
    private static final Map<String, String> INPUTS = inputs();

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private AnnouncementService service;

    @Inject
    private CurrentAccount me;

    @Inject
    private CallerPermissions callerPermissions;

    private Announcement existing;
    private final AnnouncementForm form = new AnnouncementForm(LINK_ROWS);
    private String previewHtml;
    private boolean suggested;

    private static Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>();
        for (String field : List.of("title", "summary", "body", "sourceType", "issuingBody", "country", "topics",
                "effectiveDate", "expiryDate", "language")) {
            inputs.put(field, "editor:" + field);
        }
        inputs.put("links", "editor:linkUrl0");
        for (int i = 0; i < LINK_ROWS; i++) {
            inputs.put("links[" + i + "].url", "editor:linkUrl" + i);
            inputs.put("links[" + i + "].label", "editor:linkLabel" + i);
        }
        return Map.copyOf(inputs);
    }

    /** View action, also on postback: who may edit what is checked on every request. */
    public void load() {
        me.require();
        if (PathParameter.current().isEmpty()) {
            if (!isMayWrite() && !FacesContext.getCurrentInstance().isPostback()) {
                var suggest = callerPermissions.get().maySuggest();
                if (!suggest.isGranted()) {
                    FacesMessages.refused(suggest.refusal());
                }
            }
            return;
        }
        if (!isMayWrite()) {
            HttpErrors.send(403, "Only moderators edit announcements");
        } else if (getExisting() == null) {
            HttpErrors.send(404, "No such announcement");
        } else if (!FacesContext.getCurrentInstance().isPostback()) {
            form.fill(existing);
        }
    }

    public void save() {
        Account caller = me.require();
        try {
            Announcement saved;
            if (getExisting() != null) {
                saved = service.update(existing.getId(), form.input(), form.getVersion(), caller);
            } else if (isMayWrite()) {
                saved = service.create(form.input(), caller);
            } else {
                service.suggest(form.input(), caller);
                suggested = true;
                return;
            }
            HttpErrors.redirect("/announcements/" + saved.getSlug());
        } catch (ValidationFailed e) {
            FacesMessages.fieldErrors(e, INPUTS);
            FacesMessages.error("Nothing was saved: please correct the marked fields.");
        } catch (Refusal e) {
            FacesMessages.refused(e);
        } catch (NothingChanged e) {
            FacesMessages.info(e.getMessage() + ".");
        }
    }

    public void preview() {
        previewHtml = Markdown.toSafeHtml(form.getBody());
    }

    public AnnouncementForm getForm() {
        return form;
    }

    /**
     * The announcement being edited, looked up on first use: a postback decodes the form
     * (whose parts depend on it) before any view action runs.
     */
    public Announcement getExisting() {
        if (existing == null && isMayWrite()) {
            existing = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}"))
                    .flatMap(id -> repository.byId(Long.parseLong(id))).orElse(null);
        }
        return existing;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public boolean isSuggested() {
        return suggested;
    }


    /** Moderators write and edit; the page's heading, checkbox and button follow this. */
    public boolean isMayWrite() {
        return callerPermissions.get().mayWrite().isGranted();
    }

    /** Members with a confirmed email send suggestions. */
    public boolean isMaySuggest() {
        return callerPermissions.get().maySuggest().isGranted();
    }

    public List<Topic> getTopics() {
        return repository.topics();
    }

    public SourceType[] getSourceTypes() {
        return SourceType.values();
    }

    public Map<String, String> getCountries() {
        Map<String, String> countries = new LinkedHashMap<>(Countries.all());
        countries.remove(Countries.OTHER);
        return countries;
    }

}
