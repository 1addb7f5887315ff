package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.platform.ValidationFailed;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConversationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static ValidationFailed refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailed e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aMessageIsTrimmedOfBlanksAndControlCharactersAndLimited() {
        assertThat(ConversationRules.message("  Hello\r\nthere\u0007  ")).isEqualTo("Hello\nthere");
        assertThat(ConversationRules.message("x".repeat(ConversationRules.MAX_MESSAGE))).hasSize(10_000);
        assertThat(refusal(() -> ConversationRules.message(" \n\t")).errors().get(0).field()).isEqualTo("message");
        assertThat(refusal(() -> ConversationRules.message(null)).errors().get(0).message()).isEqualTo("Write a message");
        assertThat(refusal(() -> ConversationRules.message("x".repeat(10_001))).errors().get(0).message())
                .contains("10,000").contains("10,001");
    }

    @Test
    void aPledgeHasAnOfferAPositiveSaneQuantityAndADateNearToday() {
        ConversationRules.PledgeInput pledge = ConversationRules.pledge(7L, " 1_000 ", null, TODAY);
        assertThat(pledge).isEqualTo(new ConversationRules.PledgeInput(7, 1000, TODAY));
        assertThat(ConversationRules.pledge(7L, "5", "2026-03-01", TODAY).date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ConversationRules.pledge(7L, "1000000000", "", TODAY).quantity()).isEqualTo(1_000_000_000L);

        for (String bad : new String[] {"0", "-1", "1000000001", "abc", "", "1.5"}) {
            assertThat(refusal(() -> ConversationRules.pledge(7L, bad, null, TODAY)).errors())
                    .as(bad).extracting(ValidationFailed.FieldError::field).containsExactly("quantity");
        }
        assertThat(refusal(() -> ConversationRules.pledge(null, "5", "15/03/2026", TODAY)).errors())
                .extracting(ValidationFailed.FieldError::field).containsExactly("offerId", "date");
        assertThatThrownBy(() -> ConversationRules.pledge(7L, "5", "2025-03-01", TODAY)).isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("within a year");
        assertThatThrownBy(() -> ConversationRules.pledge(7L, "5", "2027-03-20", TODAY)).isInstanceOf(ValidationFailed.class);
    }
}
