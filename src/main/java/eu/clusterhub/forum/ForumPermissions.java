package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.Permission;

/**
 * Every "may this caller do X to this thing" of the forum, answered in one place. The
 * services check the answer before they act (a refusal is thrown as Forbidden, Conflict or
 * NotAuthenticated) and the pages ask the same answer to show a button or not, so what is
 * shown and what is allowed cannot drift apart.
 *
 * <p>The rules: anyone reads. Writing needs a signed-in account with a confirmed email.
 * A thread is closed when it is locked or its board is archived; a closed thread takes no
 * replies, edits, deletions, accepted solutions or helpful marks from anyone (moderators
 * unlock it first). Authors edit their posts; authors and moderators delete them; the
 * thread's author and moderators accept a reply of a question or request as the solution;
 * confirmed members mark others' posts helpful. Moderators lock, pin and move threads, into
 * open boards only. A deleted post takes nothing but replies (its place in the tree stays).
 *
 * <p>Whether a change would change anything is not a question of permission: locking a
 * locked thread or accepting the accepted solution is allowed and does nothing, and pages
 * show the button that changes something (Unlock rather than Lock).
 */
public final class ForumPermissions {

    private static final Permission SIGN_IN = Permission.refused(NotAuthenticated::new);
    private static final Permission CONFIRM_EMAIL = Permission.refused(
            () -> new Forbidden("Confirm your email address before writing"));
    private static final Permission SILENCED = Permission.refused(
            () -> new Forbidden("Silenced", "A moderator made your account read-only for a while: you cannot write until it ends"));
    private static final Permission MODERATORS_ONLY = Permission.refused(() -> new Forbidden("Only moderators do this"));
    private static final Permission BOARD_ARCHIVED = Permission.refused(
            () -> new Conflict("Board archived", "This board is archived: it can be read but not written to"));
    private static final Permission POST_DELETED = Permission.refused(
            () -> new Conflict("Post deleted", "This post was deleted by its author"));
    private static final Permission AUTHOR_EDITS = Permission.refused(() -> new Forbidden("Only the author edits a post"));
    private static final Permission AUTHOR_DELETES = Permission.refused(() -> new Forbidden("Only the author deletes a post"));
    private static final Permission THREAD_AUTHOR_ACCEPTS = Permission.refused(
            () -> new Forbidden("Only the thread's author or a moderator accepts a solution"));
    private static final Permission NOT_A_QUESTION = Permission.refused(
            () -> new Conflict("Not a question", "Only questions and requests have an accepted solution"));
    private static final Permission NOT_A_REPLY = Permission.refused(
            () -> new Conflict("Not a reply", "Accept a reply, not the thread's first post"));
    private static final Permission OWN_POST = Permission.refused(
            () -> new Conflict("Own post", "You cannot mark your own post as helpful"));
    private static final Permission LOCKED_FOR_REPLIES = locked("it takes no more replies");
    private static final Permission LOCKED_FOR_EDITS = locked("its posts can no longer be edited");
    private static final Permission LOCKED_FOR_DELETION = locked("its posts can no longer be deleted");
    private static final Permission LOCKED_FOR_SOLUTIONS = locked("its accepted solution can no longer change");
    private static final Permission LOCKED_FOR_MARKS = locked("its posts can no longer be marked helpful");

    private static Permission locked(String whatLockingStops) {
        return Permission.refused(() -> new Conflict("Thread locked", "This thread is locked: " + whatLockingStops));
    }

    private final Long callerId;
    private final boolean moderator;
    private final boolean confirmed;
    private boolean silenced;

    ForumPermissions(Long callerId, boolean moderator, boolean confirmed) {
        this.callerId = callerId;
        this.moderator = callerId != null && moderator;
        this.confirmed = callerId != null && confirmed;
    }

    /** The permissions of an account, or of an anonymous visitor for null. */
    public static ForumPermissions of(Account caller) {
        if (caller == null) {
            return new ForumPermissions(null, false, false);
        }
        ForumPermissions may = new ForumPermissions(caller.getId(), caller.isModerator(), caller.canPost());
        may.silenced = caller.isSilenced();
        return may;
    }

    /**
     * Reading a board and its threads: anyone, today. Whoever shows a thread to someone else
     * (a mention's notification, say) asks this, so a members-only board changes one place.
     */
    public Permission mayRead(Board board) {
        return Permission.granted();
    }

    /** Writing anything at all: signed in, email confirmed. */
    public Permission mayWrite() {
        if (callerId == null) {
            return SIGN_IN;
        }
        if (silenced) {
            return SILENCED;
        }
        return confirmed ? Permission.granted() : CONFIRM_EMAIL;
    }

    public Permission mayStartThread(Board board) {
        Permission writer = mayWrite();
        if (!writer.isGranted()) {
            return writer;
        }
        return board.isArchived() ? BOARD_ARCHIVED : Permission.granted();
    }

    /** Lock, unlock, pin and unpin threads, and move them. */
    public Permission mayModerate() {
        if (callerId == null) {
            return SIGN_IN;
        }
        return moderator ? Permission.granted() : MODERATORS_ONLY;
    }

    /** Moving a thread into a board: moderators, into an open board. */
    public Permission mayMoveInto(Board target) {
        Permission moderate = mayModerate();
        if (!moderate.isGranted()) {
            return moderate;
        }
        return target.isArchived() ? Permission.refused(() -> new Conflict("Board archived",
                "The board " + target.getName() + " is archived: it takes no threads")) : Permission.granted();
    }

    /** The caller's permissions within one thread, whose board is given to know whether it is archived. */
    public InThread in(ForumThread thread, Board board) {
        if (thread.getBoardId() != board.getId()) {
            throw new IllegalArgumentException("thread " + thread.getId() + " is not in board " + board.getSlug());
        }
        return new InThread(thread, board);
    }

    /** What the caller may do in one thread and to its posts. */
    public final class InThread {

        private final ForumThread thread;
        private final Board board;

        private InThread(ForumThread thread, Board board) {
            this.thread = thread;
            this.board = board;
        }

        /** Locked, or in an archived board: read-only either way. */
        public boolean isClosed() {
            return thread.isLocked() || board.isArchived();
        }

        /** A reply to the thread, or to any of its posts (deleted ones too: their place stays). */
        public Permission mayReply() {
            Permission writer = mayWrite();
            return writer.isGranted() ? open(LOCKED_FOR_REPLIES) : writer;
        }

        /** The author edits the text while the thread is open. */
        public Permission mayEdit(Post post) {
            if (callerId == null) {
                return SIGN_IN;
            }
            if (post.isDeleted()) {
                return POST_DELETED;
            }
            if (post.getAuthorId() != callerId) {
                return AUTHOR_EDITS;
            }
            return open(LOCKED_FOR_EDITS);
        }

        /** The author or a moderator deletes a post while the thread is open. */
        public Permission mayDelete(Post post) {
            if (callerId == null) {
                return SIGN_IN;
            }
            if (post.isDeleted()) {
                return POST_DELETED;
            }
            if (post.getAuthorId() != callerId && !moderator) {
                return AUTHOR_DELETES;
            }
            return open(LOCKED_FOR_DELETION);
        }

        /** The thread's author or a moderator accepts a reply of a question or request as the solution. */
        public Permission mayAccept(Post post) {
            if (callerId == null) {
                return SIGN_IN;
            }
            if (post.isDeleted()) {
                return POST_DELETED;
            }
            if (thread.getAuthorId() != callerId && !moderator) {
                return THREAD_AUTHOR_ACCEPTS;
            }
            if (!thread.getType().canBeSolved()) {
                return NOT_A_QUESTION;
            }
            if (post.getPosition() == 1) {
                return NOT_A_REPLY;
            }
            return open(LOCKED_FOR_SOLUTIONS);
        }

        /** A confirmed member marks (or unmarks) someone else's post as helpful. */
        public Permission mayMarkHelpful(Post post) {
            Permission writer = mayWrite();
            if (!writer.isGranted()) {
                return writer;
            }
            if (post.isDeleted()) {
                return POST_DELETED;
            }
            if (post.getAuthorId() == callerId) {
                return OWN_POST;
            }
            return open(LOCKED_FOR_MARKS);
        }

        /** Lock, unlock, pin, unpin and move this thread: moderators, whatever its state. */
        public Permission mayModerate() {
            return ForumPermissions.this.mayModerate();
        }

        /** Granted while the thread is open; otherwise refused, when locked with the reason given. */
        private Permission open(Permission whenLocked) {
            if (thread.isLocked()) {
                return whenLocked;
            }
            return board.isArchived() ? BOARD_ARCHIVED : Permission.granted();
        }
    }
}
