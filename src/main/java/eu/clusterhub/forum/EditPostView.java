package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Markdown;
import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * /edit-post/{id}: the author edits a post. The form carries the version it was opened at,
 * so an edit made elsewhere in between is refused and the text typed here is kept. Save and
 * Delete show as far as {@link ForumPermissions} allows them (not in a locked thread or an
 * archived board).
 */
@Named
@RequestScoped
public class EditPostView {

    @Inject
    private ForumRepository forum;

    @Inject
    private BoardRepository boards;

    @Inject
    private PostService service;

    @Inject
    private CurrentAccount me;

    private Post post;
    private ForumPermissions.InThread may;
    private String body;
    private long version;
    private String language;
    private String previewHtml;

    public void load() {
        Account caller = me.require();
        if (getPost() == null) {
            HttpErrors.send(404, "No such post");
        } else if (post.getAuthorId() != caller.getId()) {
            HttpErrors.send(403, "Only the author edits a post");
        } else if (!FacesContext.getCurrentInstance().isPostback()) {
            body = post.getBodyMarkdown();
            version = post.getVersion();
            language = post.getLanguage();
            Permission edit = permissions().mayEdit(post);
            if (!edit.isGranted()) {
                FacesMessages.refused(edit.refusal());
            }
        }
    }

    public Post getPost() {
        if (post == null) {
            post = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}"))
                    .flatMap(id -> forum.post(Long.parseLong(id))).filter(p -> !p.isDeleted()).orElse(null);
        }
        return post;
    }

    private ForumPermissions.InThread permissions() {
        if (may == null) {
            ForumThread thread = forum.thread(getPost().getThreadId()).orElseThrow();
            may = ForumPermissions.of(me.getAccount()).in(thread, boards.of(thread));
        }
        return may;
    }

    public boolean isMayEdit() {
        return getPost() != null && permissions().mayEdit(post).isGranted();
    }

    public boolean isMayDelete() {
        return getPost() != null && permissions().mayDelete(post).isGranted();
    }

    public void save() {
        FacesMessages.attempt(Map.of("body", "edit:body", "language", "edit:language"), () -> {
            Post saved = service.edit(getPost().getId(), body, language, version, me.require());
            HttpErrors.redirect("/threads/" + saved.getThreadId() + "?post=" + saved.getId() + "#post-" + saved.getId());
        });
    }

    public void delete() {
        FacesMessages.attempt(() -> {
            Post deleted = service.delete(getPost().getId(), me.require());
            HttpErrors.redirect("/threads/" + deleted.getThreadId() + "?post=" + deleted.getId() + "#post-" + deleted.getId());
        });
    }

    public void preview() {
        previewHtml = Markdown.toSafeHtml(body);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }
}
