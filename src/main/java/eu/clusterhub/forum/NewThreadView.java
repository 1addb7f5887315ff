package eu.clusterhub.forum;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Markdown;
import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import eu.clusterhub.platform.web.TextLanguages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * /new-thread/{board}: a member starts a thread, with a server-rendered Markdown preview. The
 * form says why when {@link ForumPermissions} refuses (email not confirmed, board archived)
 * and then has no submit button.
 */
@Named
@RequestScoped
public class NewThreadView {

    private static final Map<String, String> INPUTS = Map.of("title", "thread:title", "type", "thread:type",
            "tags", "thread:tags", "body", "thread:body", "language", "thread:language");

    @Inject
    private BoardRepository boards;

    @Inject
    private ForumService service;

    @Inject
    private CurrentAccount me;

    private Board board;
    private String title;
    private String type;
    private String tags;
    private String body;
    private String language = TextLanguages.preferred();
    private String previewHtml;

    public void load() {
        me.require();
        if (getBoard() == null) {
            HttpErrors.send(404, "No such board");
        } else if (!FacesContext.getCurrentInstance().isPostback()) {
            Permission start = ForumPermissions.of(me.getAccount()).mayStartThread(board);
            if (!start.isGranted()) {
                FacesMessages.refused(start.refusal());
            }
        }
    }

    public boolean isMayStart() {
        return getBoard() != null && ForumPermissions.of(me.getAccount()).mayStartThread(board).isGranted();
    }

    public Board getBoard() {
        if (board == null) {
            board = PathParameter.current().flatMap(boards::bySlug).orElse(null);
        }
        return board;
    }

    public void start() {
        try {
            List<String> tagList = tags == null || tags.isBlank() ? List.of()
                    : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            ForumThread thread = service.start(getBoard().getSlug(), ThreadRules.thread(title, type, tagList, body, language),
                    me.require());
            HttpErrors.redirect("/threads/" + thread.getId());
        } catch (ValidationFailed e) {
            FacesMessages.fieldErrors(e, INPUTS);
            FacesMessages.error("Nothing was posted yet: please correct the marked fields.");
        } catch (Refusal e) {
            FacesMessages.refused(e);
        }
    }

    public void preview() {
        previewHtml = Markdown.toSafeHtml(body);
    }

    public ThreadType[] getTypes() {
        return ThreadType.values();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getPreviewHtml() { return previewHtml; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
