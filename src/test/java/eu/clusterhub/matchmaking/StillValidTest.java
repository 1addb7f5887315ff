package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.Section;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dates a "still valid" link gives, its tokens, and how its page answers. */
class StillValidTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theDateMovesOnByTheDaysButNeverBeyondAYear() {
        assertThat(StillValid.extended(TODAY.plusDays(2), StillValid.OFFER_EXTENSION_DAYS, TODAY)).isEqualTo(TODAY.plusDays(32));
        assertThat(StillValid.extended(TODAY.plusDays(3), StillValid.NEED_EXTENSION_DAYS, TODAY)).isEqualTo(TODAY.plusDays(17));
        assertThat(StillValid.extended(TODAY.plusDays(360), StillValid.OFFER_EXTENSION_DAYS, TODAY))
                .isEqualTo(TODAY.plusDays(ListingRules.MAX_DAYS_AHEAD));
    }

    @Test
    void aDateLongPastMovesAtLeastToTomorrow() {
        assertThat(StillValid.extended(TODAY.minusDays(40), StillValid.NEED_EXTENSION_DAYS, TODAY)).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void tokensAreRandomUrlSafeAndStoredAsTheirHash() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = ReminderTokens.generate();
            assertThat(ReminderTokens.wellFormed(token)).as(token).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(100);
        String token = tokens.iterator().next();
        assertThat(ReminderTokens.hash(token)).hasSize(64).doesNotContain(token).isEqualTo(ReminderTokens.hash(token));
        assertThat(ReminderTokens.wellFormed("abc")).isFalse();
        assertThat(ReminderTokens.wellFormed(token + "=")).isFalse();
        assertThat(ReminderTokens.wellFormed(null)).isFalse();
    }

    @Test
    void thePageAnswersBadLinksWithTheApisStatuses() {
        assertThat(StillValidView.status(ValidationFailed.of("token", "damaged"))).isEqualTo(400);
        assertThat(StillValidView.status(new NotFound("unknown"))).isEqualTo(404);
        assertThat(StillValidView.status(new StillValid.LinkGone("Link used", "used"))).isEqualTo(410);
        assertThat(StillValidView.status(new Conflict("Listing closed", "closed"))).isEqualTo(409);
    }

    @Test
    void thePageIsAFormKeptFromSearchEngines() {
        Section section = new MatchmakingPages().sections().stream().filter(s -> s.path().equals("/still-valid")).findFirst()
                .orElseThrow();
        assertThat(section.path()).isEqualTo("/still-valid");
        assertThat(section.forms()).isTrue();
        assertThat(section.crawl()).isEqualTo(Section.Crawl.DISALLOWED);
    }
}
