package eu.clusterhub.forum;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Markdown;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import eu.clusterhub.platform.web.HttpErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thread tools of the thread page, for moderators ({@link ForumPermissions.InThread#mayModerate()};
 * merge and split also ask {@code mayRestructure()}): rename, close with a reason or reopen,
 * merge into another thread (its number or address), split chosen replies of the page shown
 * into a new thread. Each form carries the thread's version, so a moderator who acted on what
 * another one already changed is told rather than overruling them. {@link ThreadTools} checks
 * the same permissions.
 */
@Named
@RequestScoped
public class ThreadToolsView {

    private static final Pattern THREAD_ADDRESS = Pattern.compile("(?:^|/threads/)([0-9]{1,18})(?:[/?#].*)?$");

    @Inject
    private ThreadView view;

    @Inject
    private ThreadPaging paging;

    @Inject
    private ThreadTools tools;

    @Inject
    private CurrentAccount me;

    private Long version;
    private String title;
    private String reason;
    private String mergeInto;
    private List<String> splitPosts = new ArrayList<>();
    private String splitTitle;

    /** Merge and split: moderators, in an open board. */
    public boolean isMayRestructure() {
        return view.getMay().mayRestructure().isGranted();
    }

    public void rename() {
        if (FacesMessages.attempt(Map.of("title", "rename-tool:title", "reason", "rename-tool:reason"),
                () -> tools.rename(view.getThread().getId(), title, version, reason, me.require()))) {
            view.reload();
            title = null;
            FacesMessages.info("The thread is renamed.");
        }
        version = null; // the form shows the thread as it is now
    }

    public void close() {
        if (FacesMessages.attempt(Map.of("reason", "close-tool:reason"),
                () -> tools.close(view.getThread().getId(), reason, me.require()))) {
            view.reload();
            FacesMessages.info("The thread is closed.");
            reason = null;
        }
        version = null;
    }

    public void reopen() {
        if (FacesMessages.attempt(() -> tools.reopen(view.getThread().getId(), me.require()))) {
            view.reload();
            FacesMessages.info("The thread is open again.");
        }
        version = null;
    }

    /** On to the target thread, whose page now shows the merged posts. */
    public void merge() {
        long source = view.getThread().getId();
        ForumThread[] target = new ForumThread[1];
        if (FacesMessages.attempt(Map.of("into", "merge-tool:into", "reason", "merge-tool:reason"),
                () -> target[0] = tools.merge(source, threadNumber(mergeInto), version, reason, me.require()))) {
            done("Thread " + source + " is merged into this one.", "/threads/" + target[0].getId());
        }
        version = null;
    }

    /** On to the new thread. */
    public void split() {
        ForumThread[] split = new ForumThread[1];
        if (FacesMessages.attempt(Map.of("title", "split-tool:title", "postIds", "split-tool:posts", "reason", "split-tool:reason"),
                () -> split[0] = tools.split(view.getThread().getId(), postIds(), splitTitle, null, version, reason,
                        me.require()))) {
            done("The chosen replies are a thread of their own now.", "/threads/" + split[0].getId());
        }
        version = null;
    }

    private static void done(String message, String path) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info(message);
        HttpErrors.redirect(path);
    }

    /** "123", "/threads/123" or a whole address of a thread page. */
    static Long threadNumber(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationFailed.of("into", "Enter the number or address of the thread to merge into");
        }
        Matcher number = THREAD_ADDRESS.matcher(text.strip());
        if (!number.find()) {
            throw ValidationFailed.of("into", "Enter a thread's number (like 123) or its address (like /threads/123)");
        }
        return Long.valueOf(number.group(1));
    }

    private List<Long> postIds() {
        List<Long> ids = new ArrayList<>();
        for (String id : splitPosts) {
            if (!id.matches("[0-9]{1,18}")) {
                throw ValidationFailed.of("postIds", "Choose replies of this thread");
            }
            ids.add(Long.valueOf(id));
        }
        return ids;
    }

    /** The replies of the page shown, each as "#position, author: the start of the text". */
    public List<SelectItem> getSplitChoices() {
        List<SelectItem> items = new ArrayList<>();
        for (Post post : paging.getPosts()) {
            if (post.getPosition() == 1) {
                continue;
            }
            String text = post.isDeleted() ? "(deleted)" : Markdown.toPlainText(post.getBodyMarkdown()).strip();
            if (text.length() > 80) {
                text = text.substring(0, 79) + "…";
            }
            var author = paging.author(post.getAuthorId());
            items.add(new SelectItem(post.getId().toString(), "#" + post.getPosition() + ", "
                    + (author == null ? "Deleted user" : author.getDisplayName()) + ": " + text));
        }
        return items;
    }

    /** The version of the thread the page shows; posted back with each tool. */
    public Long getVersion() {
        return version != null ? version : view.getThread().getVersion();
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title != null ? title : view.getThread().getTitle();
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public List<String> getSplitPosts() {
        return splitPosts;
    }

    public void setSplitPosts(List<String> splitPosts) {
        this.splitPosts = splitPosts == null ? new ArrayList<>() : splitPosts;
    }

    public String getSplitTitle() {
        return splitTitle;
    }

    public void setSplitTitle(String splitTitle) {
        this.splitTitle = splitTitle;
    }
}
