package eu.clusterhub.forum;

import eu.clusterhub.platform.LineDiff;
import eu.clusterhub.platform.web.HttpErrors;
import eu.clusterhub.platform.web.PathParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** /post-history/{id}: every version of a post, newest first, each with what it changed. */
@Named
@RequestScoped
public class PostHistoryView {

    /** A version of the post and its diff against the one before. */
    public record Version(PostRevision revision, List<LineDiff.Line> changes) {

        public PostRevision getRevision() {
            return revision;
        }

        public List<LineDiff.Line> getChanges() {
            return changes;
        }
    }

    @Inject
    private eu.clusterhub.account.CurrentAccount me;

    @Inject
    private ForumRepository forum;

    private Post post;
    private List<Version> versions;

    public void load() {
        post = PathParameter.current().filter(p -> p.matches("[0-9]{1,18}"))
                .flatMap(id -> forum.post(Long.parseLong(id))).filter(p -> !p.isDeleted() && p.isVisibleTo(me.getAccount())).orElse(null);
        if (post == null) {
            HttpErrors.send(404, "No such post");
            return;
        }
        List<PostRevision> revisions = forum.revisions(post.getId());
        versions = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            String before = i == 0 ? null : revisions.get(i - 1).getBodyMarkdown();
            versions.add(new Version(revisions.get(i), LineDiff.between(before, revisions.get(i).getBodyMarkdown())));
        }
    }

    public Post getPost() {
        return post;
    }

    public ForumThread getThread() {
        return forum.thread(post.getThreadId()).orElseThrow();
    }

    public List<Version> getVersions() {
        return versions;
    }
}
