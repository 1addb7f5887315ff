package eu.clusterhub.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.Permission;
import eu.clusterhub.platform.Refusal;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forum's rules for every kind of caller and every state of a thread, without a container. */
class ForumPermissionsTest {

    private static final long AUTHOR = 1;
    private static final long REPLIER = 2;
    private static final long MEMBER = 3;
    private static final long MODERATOR = 4;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    private static final ForumPermissions ANONYMOUS = new ForumPermissions(null, false, false);
    private static final ForumPermissions UNCONFIRMED = new ForumPermissions(MEMBER, false, false);
    private static final ForumPermissions MEMBER_ = new ForumPermissions(MEMBER, false, true);
    private static final ForumPermissions THREAD_AUTHOR = new ForumPermissions(AUTHOR, false, true);
    private static final ForumPermissions REPLY_AUTHOR = new ForumPermissions(REPLIER, false, true);
    private static final ForumPermissions MODERATOR_ = new ForumPermissions(MODERATOR, true, true);

    private Board board;
    private ForumThread question;
    private Post first;
    private Post reply;

    @BeforeEach
    void aQuestionWithOneReply() {
        board = withId(new Board("valves", "Valves", "Who makes valves", 1), 10);
        question = withId(new ForumThread(10, "Which valve?", ThreadType.QUESTION, List.of(), AUTHOR, "en", NOW), 20);
        first = withId(new Post(question, null, AUTHOR, 1, "Which one?", "en", NOW), 30);
        reply = withId(new Post(question, first, REPLIER, 2, "This one.", "en", NOW), 31);
    }

    @Test
    void anonymousVisitorsAreAskedToSignInForEverything() {
        var may = ANONYMOUS.in(question, board);
        for (Permission p : List.of(ANONYMOUS.mayStartThread(board), may.mayReply(), may.mayEdit(reply), may.mayDelete(reply),
                may.mayAccept(reply), may.mayMarkHelpful(reply), may.mayModerate(), ANONYMOUS.mayMoveInto(board))) {
            assertThat(refusal(p)).isInstanceOf(NotAuthenticated.class);
        }
    }

    @Test
    void anUnconfirmedMemberMayNotWriteButMayDoWhatNeedsNoWriting() {
        var may = UNCONFIRMED.in(question, board);
        assertThat(refusal(UNCONFIRMED.mayStartThread(board))).isInstanceOf(Forbidden.class);
        assertThat(refusal(may.mayReply())).isInstanceOf(Forbidden.class).hasMessageContaining("Confirm your email");
        assertThat(refusal(may.mayMarkHelpful(reply))).isInstanceOf(Forbidden.class);
        assertThat(refusal(may.mayEdit(reply))).isInstanceOf(Forbidden.class);
        assertThat(refusal(may.mayModerate())).isInstanceOf(Forbidden.class);
    }

    @Test
    void aMemberRepliesAndMarksOthersPostsHelpfulButTouchesNothingElse() {
        var may = MEMBER_.in(question, board);
        assertThat(MEMBER_.mayStartThread(board).isGranted()).isTrue();
        assertThat(may.mayReply().isGranted()).isTrue();
        assertThat(may.mayMarkHelpful(reply).isGranted()).isTrue();
        assertThat(refusal(may.mayEdit(reply))).isInstanceOf(Forbidden.class);
        assertThat(refusal(may.mayDelete(reply))).isInstanceOf(Forbidden.class);
        assertThat(refusal(may.mayAccept(reply))).isInstanceOf(Forbidden.class);
        assertThat(refusal(may.mayModerate())).isInstanceOf(Forbidden.class);
    }

    @Test
    void authorsEditAndDeleteTheirPostsButDoNotMarkThemHelpful() {
        var may = REPLY_AUTHOR.in(question, board);
        assertThat(may.mayEdit(reply).isGranted()).isTrue();
        assertThat(may.mayDelete(reply).isGranted()).isTrue();
        assertThat(refusal(may.mayMarkHelpful(reply))).isInstanceOf(Conflict.class).hasMessageContaining("own post");
        assertThat(refusal(may.mayAccept(reply))).as("only the thread's author accepts").isInstanceOf(Forbidden.class);
    }

    @Test
    void theThreadsAuthorAcceptsARepliesOfQuestionsOnly() {
        var may = THREAD_AUTHOR.in(question, board);
        assertThat(may.mayAccept(reply).isGranted()).isTrue();
        assertThat(refusal(may.mayAccept(first))).isInstanceOf(Conflict.class).extracting(Refusal::title).isEqualTo("Not a reply");

        ForumThread experience = withId(new ForumThread(10, "Our shift plan", ThreadType.EXPERIENCE, List.of(), AUTHOR, "en", NOW), 21);
        Post comment = withId(new Post(experience, null, REPLIER, 2, "Thanks", "en", NOW), 40);
        assertThat(refusal(THREAD_AUTHOR.in(experience, board).mayAccept(comment))).isInstanceOf(Conflict.class)
                .extracting(Refusal::title).isEqualTo("Not a question");
    }

    @Test
    void moderatorsModerateDeleteAndAcceptButDoNotEditOthersPosts() {
        var may = MODERATOR_.in(question, board);
        assertThat(may.mayModerate().isGranted()).isTrue();
        assertThat(may.mayDelete(reply).isGranted()).isTrue();
        assertThat(may.mayAccept(reply).isGranted()).isTrue();
        assertThat(refusal(may.mayEdit(reply))).isInstanceOf(Forbidden.class);
        Board archived = withId(new Board("old", "Old", "Closed", 2), 11);
        archived.archive(true);
        assertThat(MODERATOR_.mayMoveInto(board).isGranted()).isTrue();
        assertThat(refusal(MODERATOR_.mayMoveInto(archived))).isInstanceOf(Conflict.class).hasMessageContaining("archived");
    }

    @Test
    void aLockedThreadTakesNoWritingFromAnyoneButModeratorsStillModerateIt() {
        List<List<Boolean>> open = CALLERS.stream().map(c -> granted(writing(c))).toList();
        question.lock(true);
        for (int i = 0; i < CALLERS.size(); i++) {
            List<Permission> locked = writing(CALLERS.get(i));
            assertThat(granted(locked)).as("nothing is granted").doesNotContain(true);
            for (int j = 0; j < locked.size(); j++) {
                if (open.get(i).get(j)) {
                    assertThat(locked.get(j).refusal()).isInstanceOf(Conflict.class).extracting(Refusal::title)
                            .isEqualTo("Thread locked");
                }
            }
        }
        assertThat(REPLY_AUTHOR.in(question, board).mayEdit(reply).refusal())
                .hasMessage("This thread is locked: its posts can no longer be edited");
        assertThat(MODERATOR_.in(question, board).mayModerate().isGranted()).as("unlocking stays possible").isTrue();
        assertThat(MODERATOR_.in(question, board).isClosed()).isTrue();
    }

    @Test
    void anArchivedBoardTakesNoThreadsAndItsThreadsNoWriting() {
        List<List<Boolean>> open = CALLERS.stream().map(c -> granted(writing(c))).toList();
        board.archive(true);
        for (int i = 0; i < CALLERS.size(); i++) {
            List<Permission> archived = writing(CALLERS.get(i));
            assertThat(granted(archived)).as("nothing is granted").doesNotContain(true);
            for (int j = 0; j < archived.size(); j++) {
                if (open.get(i).get(j)) {
                    assertThat(archived.get(j).refusal()).isInstanceOf(Conflict.class).extracting(Refusal::title)
                            .isEqualTo("Board archived");
                }
            }
        }
        assertThat(refusal(MEMBER_.mayStartThread(board))).isInstanceOf(Conflict.class).extracting(Refusal::title)
                .isEqualTo("Board archived");
        assertThat(MODERATOR_.in(question, board).mayModerate().isGranted()).isTrue();
    }

    @Test
    void aDeletedPostTakesRepliesButNothingElse() {
        reply.delete(NOW);
        assertThat(MEMBER_.in(question, board).mayReply().isGranted()).isTrue();
        var author = REPLY_AUTHOR.in(question, board);
        var moderator = MODERATOR_.in(question, board);
        for (Permission p : List.of(author.mayEdit(reply), author.mayDelete(reply), moderator.mayDelete(reply),
                moderator.mayAccept(reply), MEMBER_.in(question, board).mayMarkHelpful(reply))) {
            assertThat(refusal(p)).isInstanceOf(Conflict.class).extracting(Refusal::title).isEqualTo("Post deleted");
        }
    }

    @Test
    void aRefusalIsThrownByCheckAndAGrantPassesSilently() {
        MEMBER_.in(question, board).mayReply().check();
        assertThatThrownBy(() -> MEMBER_.in(question, board).mayEdit(reply).check()).isInstanceOf(Forbidden.class)
                .hasMessage("Only the author edits a post");
    }

    @Test
    void permissionsAreAskedOfAThreadInItsOwnBoard() {
        Board other = withId(new Board("other", "Other", "Elsewhere", 3), 12);
        assertThatThrownBy(() -> MEMBER_.in(question, other)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final List<ForumPermissions> CALLERS = List.of(MEMBER_, THREAD_AUTHOR, REPLY_AUTHOR, MODERATOR_);

    /** Everything that writes into the thread, for one caller. */
    private List<Permission> writing(ForumPermissions caller) {
        var may = caller.in(question, board);
        return List.of(may.mayReply(), may.mayEdit(reply), may.mayDelete(reply), may.mayAccept(reply), may.mayMarkHelpful(reply),
                may.mayEdit(first), may.mayMarkHelpful(first));
    }

    private static List<Boolean> granted(List<Permission> permissions) {
        return permissions.stream().map(Permission::isGranted).toList();
    }

    private static Refusal refusal(Permission permission) {
        assertThat(permission.isGranted()).as("refused").isFalse();
        return permission.refusal();
    }

    /** Ids are the database's to give; these tests give them by hand. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
