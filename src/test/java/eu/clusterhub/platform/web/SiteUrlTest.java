package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteUrlTest {

    @Test
    void theConfiguredAddressIsTheBaseWithoutTrailingSlash() {
        assertThat(SiteUrl.checked(Optional.of("https://clusterhub.example.org/"))).isEqualTo("https://clusterhub.example.org");
        assertThat(SiteUrl.checked(Optional.of(" http://localhost:8080 "))).isEqualTo("http://localhost:8080");
        assertThat(SiteUrl.checked(Optional.of("https://example.org/hub"))).isEqualTo("https://example.org/hub");
    }

    @Test
    void withoutAnAddressStartUpStopsAndSaysWhatToSet() {
        assertThatThrownBy(() -> SiteUrl.checked(Optional.empty())).hasMessageContaining("CLUSTERHUB_BASE_URL is not set");
        assertThatThrownBy(() -> SiteUrl.checked(Optional.of("  "))).hasMessageContaining("CLUSTERHUB_BASE_URL is not set");
    }

    @Test
    void onlyAbsoluteHttpAddressesWithoutQueryAreTaken() {
        for (String bad : new String[] {"clusterhub.example.org", "ftp://example.org", "https://example.org/?a=b", "http:///x", "https://exa mple.org"}) {
            assertThatThrownBy(() -> SiteUrl.checked(Optional.of(bad))).as(bad).hasMessageContaining("CLUSTERHUB_BASE_URL");
        }
    }
}
