package eu.clusterhub.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.ValidationFailed;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadRulesTest {

    @Test
    void aThreadIsCleanedAndTyped() {
        ThreadRules.NewThread thread = ThreadRules.thread("  Valves\n for  ventilators ", "Request",
                List.of("Face Masks", "face-masks", "Schutzmasken Ä"), "  **Need** valves  ", "DE");
        assertThat(thread.title()).isEqualTo("Valves for ventilators");
        assertThat(thread.type()).isEqualTo(ThreadType.REQUEST);
        assertThat(thread.tags()).containsExactly("face-masks", "schutzmasken-a");
        assertThat(thread.body()).isEqualTo("**Need** valves");
        assertThat(thread.language()).isEqualTo("de");
    }

    @Test
    void everyProblemIsReported() {
        assertThatThrownBy(() -> ThreadRules.thread("", "rant", List.of("<>"), " ", "xx"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(ValidationFailed.FieldError::field).containsExactly("title", "type", "tags", "body", "language"));
    }

    @Test
    void treePathsSortLikePositions() {
        assertThat(Post.segment(1)).isEqualTo("000001");
        assertThat(Post.segment(36)).isEqualTo("000010");
        assertThat(Post.segment(9)).isLessThan(Post.segment(10));
        assertThat(Post.segment(35)).isLessThan(Post.segment(36));
        assertThat(Post.segment(Integer.MAX_VALUE)).hasSize(6);
    }
}
