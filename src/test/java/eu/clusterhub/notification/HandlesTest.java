package eu.clusterhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandlesTest {

    @Test
    void aHandleIsTheNameAsASlugWithTheAccountsId() {
        assertThat(Handles.of("Giulia Rossi", 12)).isEqualTo("giulia-rossi-12");
        assertThat(Handles.of("  Zoë Müller-Łukasz ", 7)).isEqualTo("zoe-muller-ukasz-7");
        assertThat(Handles.of("Test MEMBER", 3)).isEqualTo("test-member-3");
        assertThat(Handles.of("日本", 5)).as("nothing left of the name").isEqualTo("member-5");
        assertThat(Handles.of("x".repeat(80), 9)).hasSize(40 + 2);
    }

    @Test
    void mentionsAreHandlesInTheTextEachOnceInOrder() {
        assertThat(Handles.mentioned("Thanks @giulia-rossi-12 and @test-member-3, also @giulia-rossi-12 again."))
                .containsExactly(java.util.Map.entry(12L, "giulia-rossi-12"), java.util.Map.entry(3L, "test-member-3"));
        assertThat(Handles.mentioned("@member-5 at the start")).containsOnlyKeys(5L);
    }

    @Test
    void addressesCodeAndQuotesMentionNobody() {
        assertThat(Handles.mentioned("write to info@giulia-rossi-12 or see /u/@x-4")).isEmpty();
        assertThat(Handles.mentioned("Giulia wrote:\n\n> ask @test-member-3\n\nOk")).isEmpty();
        assertThat(Handles.mentioned("Use `@test-member-3` in code\n```\n@test-member-4\n```\n    @test-member-5")).isEmpty();
        assertThat(Handles.mentioned("@giulia-rossi without an id")).isEmpty();
        assertThat(Handles.mentioned(null)).isEmpty();
    }

    @Test
    void aQuoteIsABlockquoteLine() {
        assertThat(Handles.quotes("Giulia wrote:\n\n> We need valves\n\nWe can help")).isTrue();
        assertThat(Handles.quotes("We can help > 200 a week? no: 5 > 3")).isFalse();
        assertThat(Handles.quotes("    > indented code")).isFalse();
        assertThat(Handles.quotes(null)).isFalse();
    }
}
