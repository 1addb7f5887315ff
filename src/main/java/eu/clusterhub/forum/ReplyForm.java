package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Markdown;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.QueryParameter;
import eu.clusterhub.platform.web.TextLanguages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The thread page's reply form: replying to the thread or to a post (?replyTo=N), quoting a
 * post (?quote=N prefills the text), a server-rendered preview, and sending. The form is
 * shown when {@link ForumPermissions.InThread#mayReply()} says so, which the service asks too.
 */
@Named
@RequestScoped
public class ReplyForm {

    private static final Map<String, String> INPUTS = Map.of("body", "reply:body", "parentId", "reply:body",
            "language", "reply:language");

    @Inject
    private ThreadView view;

    @Inject
    private ForumRepository forum;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ForumService service;

    @Inject
    private CurrentAccount me;

    private String body;
    private String language = TextLanguages.preferred();
    private Long parentId;
    private String previewHtml;

    /** On a first visit: the parent and text the Reply and Quote links asked for. */
    void prefill() {
        long threadId = view.getThread().getId();
        Long replyTo = QueryParameter.id("replyTo");
        if (replyTo != null) {
            parentId = forum.post(replyTo).filter(p -> p.getThreadId() == threadId).map(Post::getId).orElse(null);
        }
        Long quote = QueryParameter.id("quote");
        if (quote != null) {
            forum.post(quote).filter(p -> p.getThreadId() == threadId && !p.isDeleted()).ifPresent(p -> {
                Account quoted = accounts.byId(p.getAuthorId()).orElse(null);
                String who = quoted == null ? "A member" : quoted.getDisplayName();
                body = who + " wrote:\n\n> " + p.getBodyMarkdown().replace("\n", "\n> ") + "\n\n";
                parentId = p.getId();
            });
        }
    }

    public void reply() {
        FacesMessages.attempt(INPUTS, () -> {
            Post post = service.reply(view.getThread().getId(), body, parentId, language, me.require());
            HttpErrors.redirect("/threads/" + post.getThreadId() + "?page=" + ThreadPaging.pageOf(post.getPosition())
                    + "#post-" + post.getId());
        });
    }

    public void preview() {
        previewHtml = Markdown.toSafeHtml(body);
    }

    /** The post being replied to, if any. */
    public Post getParent() {
        return parentId == null ? null : forum.post(parentId).orElse(null);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
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
