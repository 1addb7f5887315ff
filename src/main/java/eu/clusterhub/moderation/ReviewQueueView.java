package eu.clusterhub.moderation;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.account.Role;
import eu.clusterhub.platform.Languages;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * /moderation: the open items (what the moderator covers first), filters, the moderator's
 * coverage, and one action form per item. The forms are plain inputs named like the API's
 * fields (action, reason, body, until, version), read from the request of the form sent.
 */
@Named
@RequestScoped
public class ReviewQueueView {

    @Inject
    private CurrentAccount me;

    @Inject
    private ReviewQueue queue;

    @Inject
    private ReviewActions actions;

    @Inject
    private ModeratorCoverage coverage;

    private static final List<String> FILTERS = List.of("reason", "kind", "language", "country", "board");

    private ResultPage<ReviewQueue.Row> rows;
    private String languages;
    private String countries;

    public ResultPage<ReviewQueue.Row> getPage() {
        if (rows == null) {
            ReviewQueue.Filter filter = new ReviewQueue.Filter(QueryParameter.text("reason"), QueryParameter.text("kind"),
                    QueryParameter.text("language"), QueryParameter.text("country"), QueryParameter.text("board"));
            int page = 1;
            try {
                String p = QueryParameter.text("page");
                page = p == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(p)));
            } catch (NumberFormatException e) {
                page = 1;
            }
            try {
                rows = queue.list(filter, me.require(Role.MODERATOR), page);
            } catch (ValidationFailed invalid) {
                FacesMessages.refused(invalid);
                rows = queue.list(new ReviewQueue.Filter(null, null, null, null, null), me.require(Role.MODERATOR), 1);
            }
        }
        return rows;
    }

    public List<ReviewQueue.Row> getRows() {
        return getPage().items();
    }

    /** Applies the action of the form that was sent (one form per item). */
    public void act(long itemId) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Long version = null;
        try {
            version = Long.valueOf(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = null;
        }
        ReviewActions.ActionInput input = new ReviewActions.ActionInput(form.get("action"), form.get("why"),
                form.get("body"), form.get("until"), version);
        if (FacesMessages.attempt(() -> actions.act(itemId, input, me.require(Role.MODERATOR)))) {
            FacesMessages.info("Done: " + describe(input.action()) + ".");
            rows = null;
        }
    }

    private static String describe(String action) {
        return switch (action == null ? "" : action) {
            case "keep" -> "the flags are dismissed and the item stays visible";
            case "hide" -> "the item is hidden; its author sees your reason";
            case "approve" -> "the item is approved and visible";
            case "edit" -> "your edit is saved and the item approved";
            case "delete" -> "the item is removed";
            case "warn" -> "the author is warned";
            case "silence" -> "the author is read-only until the date you gave";
            case "suspend" -> "the author is suspended until the date you gave";
            default -> action;
        };
    }

    public String getLanguages() {
        if (languages == null) {
            languages = String.join(", ", coverage.of(me.require(Role.MODERATOR).getId()).languages());
        }
        return languages;
    }

    public void setLanguages(String value) {
        languages = value;
    }

    public String getCountries() {
        if (countries == null) {
            countries = String.join(", ", coverage.of(me.require(Role.MODERATOR).getId()).countries());
        }
        return countries;
    }

    public void setCountries(String value) {
        countries = value;
    }

    public void saveCoverage() {
        if (FacesMessages.attempt(Map.of("languages", "coverage:languages", "countries", "coverage:countries"),
                () -> coverage.set(me.require(Role.MODERATOR), codes(languages), codes(countries)))) {
            FacesMessages.info("Saved: items in your languages and countries come first.");
            languages = null;
            countries = null;
            rows = null;
        }
    }

    private static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** The query parameters that filter the queue (kept as hidden inputs in its forms). */
    public List<String> getFilterNames() {
        return FILTERS;
    }

    public List<FlagReason> getReasons() {
        return List.of(FlagReason.values());
    }

    public List<ReviewActions.Action> getActions() {
        return List.of(ReviewActions.Action.values());
    }

    public String languageName(String code) {
        return Languages.NAMES.getOrDefault(code, code);
    }

    /** The address of another page of the queue, with the same filters. */
    public String pageUrl(int page) {
        StringBuilder url = new StringBuilder("/moderation?page=").append(page);
        for (String name : FILTERS) {
            String value = QueryParameter.text(name);
            if (value != null && !value.isBlank()) {
                url.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return url.toString();
    }
}
