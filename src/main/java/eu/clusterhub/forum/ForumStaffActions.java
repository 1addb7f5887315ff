package eu.clusterhub.forum;

import eu.clusterhub.platform.audit.StaffActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * What staff do in the forum, as the audit log records it: admins create, edit, archive,
 * restore and reorder boards; moderators lock, unlock, pin, unpin and move threads, delete
 * someone else's post and accept a solution in someone else's thread. Members acting on
 * their own posts and threads are not staff actions.
 */
@ApplicationScoped
public class ForumStaffActions implements StaffActions {

    static final String BOARD_CREATE = "board.create";
    static final String BOARD_EDIT = "board.edit";
    static final String BOARD_ARCHIVE = "board.archive";
    static final String BOARD_UNARCHIVE = "board.unarchive";
    static final String BOARD_REORDER = "board.reorder";
    static final String THREAD_LOCK = "thread.lock";
    static final String THREAD_UNLOCK = "thread.unlock";
    static final String THREAD_PIN = "thread.pin";
    static final String THREAD_UNPIN = "thread.unpin";
    static final String THREAD_MOVE = "thread.move";
    static final String POST_DELETE = "post.delete";
    static final String POST_ACCEPT = "post.accept";

    @Override
    public Set<String> names() {
        return Set.of(BOARD_CREATE, BOARD_EDIT, BOARD_ARCHIVE, BOARD_UNARCHIVE, BOARD_REORDER, THREAD_LOCK, THREAD_UNLOCK,
                THREAD_PIN, THREAD_UNPIN, THREAD_MOVE, POST_DELETE, POST_ACCEPT);
    }
}
