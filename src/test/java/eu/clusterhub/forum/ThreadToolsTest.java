package eu.clusterhub.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.ValidationFailed;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where posts land when threads are merged or split, the rule for the tools, and the merge form's input. */
class ThreadToolsTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 9, 0);

    @Test
    void mergedPostsAreNumberedAgainAndKeepTheirTree() {
        // target 1: first (p10, 09:00), reply p11 (09:03); source 2: first p20 (08:00), p21 (09:01), p22 under p21 (09:02)
        PostMoves.PostRow p10 = row(10, 1, null, 1, 0, "000001", 60);
        PostMoves.PostRow p11 = row(11, 1, null, 2, 0, "000002", 63);
        PostMoves.PostRow p20 = row(20, 2, null, 1, 0, "000001", 0);
        PostMoves.PostRow p21 = row(21, 2, 20L, 2, 1, "000001.000002", 61);
        PostMoves.PostRow p22 = row(22, 2, 21L, 3, 2, "000001.000002.000003", 62);
        List<PostMoves.PostRow> rest = new java.util.ArrayList<>(List.of(p11, p20, p21, p22));
        rest.sort(PostMoves.BY_DATE);
        List<PostMoves.PostRow> order = new java.util.ArrayList<>(List.of(p10));
        order.addAll(rest);

        PostMoves.Placement placement = PostMoves.place(1, order);
        Map<Long, PostMoves.Place> places = byId(placement.changed());
        assertThat(places.keySet()).as("the target's first post stays as it was").doesNotContain(10L);
        assertThat(places.get(20L)).isEqualTo(new PostMoves.Place(20, 2, "000002", 0, null));
        assertThat(places.get(21L)).isEqualTo(new PostMoves.Place(21, 3, "000002.000003", 1, 20L));
        assertThat(places.get(22L)).isEqualTo(new PostMoves.Place(22, 4, "000002.000003.000004", 2, 21L));
        assertThat(places.get(11L)).isEqualTo(new PostMoves.Place(11, 5, "000005", 0, null));
        assertThat(placement.relocated()).containsExactlyInAnyOrder(20L, 21L, 22L, 11L);
    }

    @Test
    void repliesWhoseParentStayedBehindBecomeTopLevel() {
        // thread 1: p1 first, p2, p3 under p2, p4 under p3, p5; split off p3 and p4
        PostMoves.PostRow p1 = row(1, 1, null, 1, 0, "000001", 0);
        PostMoves.PostRow p2 = row(2, 1, null, 2, 0, "000002", 1);
        PostMoves.PostRow p3 = row(3, 1, 2L, 3, 1, "000002.000003", 2);
        PostMoves.PostRow p4 = row(4, 1, 3L, 4, 2, "000002.000003.000004", 3);
        PostMoves.PostRow p5 = row(5, 1, null, 5, 0, "000005", 4);

        Map<Long, PostMoves.Place> split = byId(PostMoves.place(9, List.of(p3, p4)).changed());
        assertThat(split.get(3L)).isEqualTo(new PostMoves.Place(3, 1, "000001", 0, null));
        assertThat(split.get(4L)).isEqualTo(new PostMoves.Place(4, 2, "000001.000002", 1, 3L));

        PostMoves.Placement staying = PostMoves.place(1, List.of(p1, p2, p5));
        assertThat(staying.relocated()).containsExactly(5L);
        assertThat(staying.changed()).containsExactly(new PostMoves.Place(5, 3, "000003", 0, null));
    }

    @Test
    void mergingAndSplittingWantAModeratorAndAnOpenBoard() {
        Board open = withId(new Board("masks", "Masks", "Masks", 1), 10);
        Board archived = withId(new Board("old", "Old", "Old", 2), 11);
        archived.archive(true);
        ForumThread inOpen = withId(new ForumThread(10, "A", ThreadType.QUESTION, List.of(), 1, "en", T0), 20);
        ForumThread inArchived = withId(new ForumThread(11, "B", ThreadType.QUESTION, List.of(), 1, "en", T0), 21);
        ForumPermissions moderator = new ForumPermissions(4L, true, true);
        ForumPermissions member = new ForumPermissions(3L, false, true);

        assertThat(moderator.in(inOpen, open).mayRestructure().isGranted()).isTrue();
        assertThat(moderator.in(inArchived, archived).mayRestructure().refusal()).isInstanceOf(Conflict.class);
        assertThat(moderator.in(inArchived, archived).mayModerate().isGranted()).as("renaming, closing still go").isTrue();
        assertThat(member.in(inOpen, open).mayRestructure().refusal()).isInstanceOf(Forbidden.class);
    }

    @Test
    void theMergeFormTakesANumberOrAnAddress() {
        assertThat(ThreadToolsView.threadNumber("123")).isEqualTo(123L);
        assertThat(ThreadToolsView.threadNumber(" /threads/45 ")).isEqualTo(45L);
        assertThat(ThreadToolsView.threadNumber("https://clusterhub.eu/threads/678?post=9#post-9")).isEqualTo(678L);
        for (String bad : new String[] {"", "  ", "abc", "/boards/12", "https://clusterhub.eu/threads/x1"}) {
            assertThatThrownBy(() -> ThreadToolsView.threadNumber(bad)).as(bad).isInstanceOf(ValidationFailed.class)
                    .satisfies(e -> assertThat(((ValidationFailed) e).errors().get(0).field()).isEqualTo("into"));
        }
    }

    @Test
    void aReasonIsOptionalAndShort() {
        assertThat(ThreadTools.reason(null)).isNull();
        assertThat(ThreadTools.reason("   ")).isNull();
        assertThat(ThreadTools.reason(" Spam ")).isEqualTo("Spam");
        assertThatThrownBy(() -> ThreadTools.reason("x".repeat(501))).isInstanceOf(ValidationFailed.class);
    }

    private static PostMoves.PostRow row(long id, long thread, Long parent, int position, int depth, String path, int minute) {
        return new PostMoves.PostRow(id, thread, parent, position, depth, path, T0.plusMinutes(minute), 1, "en");
    }

    private static Map<Long, PostMoves.Place> byId(List<PostMoves.Place> places) {
        return places.stream().collect(Collectors.toMap(PostMoves.Place::id, Function.identity()));
    }

    private static <T> T withId(T entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
