package eu.clusterhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theFirstEuLanguageTheReaderPrefersIsPreselected() {
        assertThat(Languages.preferred(List.of(Locale.forLanguageTag("de-AT"), Locale.ENGLISH))).isEqualTo("de");
        assertThat(Languages.preferred(List.of(Locale.forLanguageTag("tr"), Locale.forLanguageTag("pl-PL")))).isEqualTo("pl");
        assertThat(Languages.preferred(List.of(Locale.JAPANESE))).isEqualTo("en");
        assertThat(Languages.preferred(List.of())).isEqualTo("en");
    }

    @Test
    void allTwentyFourOfficialLanguagesHaveTheirOwnName() {
        assertThat(Languages.EU).hasSize(24).contains("ga", "mt", "hr");
        assertThat(Languages.NAMES.get("de")).isEqualTo("Deutsch");
        assertThat(Languages.NAMES.get("pl")).isEqualTo("polski");
    }
}
