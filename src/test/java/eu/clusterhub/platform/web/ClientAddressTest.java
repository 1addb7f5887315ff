package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        assertThat(ClientAddress.clientOf("203.0.113.9", "198.51.100.1", PROXIES)).as("anyone may forge it").isEqualTo("203.0.113.9");
        assertThat(ClientAddress.clientOf("10.0.0.2", "198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.clientOf("10.0.0.2", null, PROXIES)).isEqualTo("10.0.0.2");
    }

    @Test
    void theClientIsTheLastHopBeforeTheTrustedProxies() {
        assertThat(ClientAddress.clientOf("10.0.0.2", "1.2.3.4, 198.51.100.1, 10.0.0.3", PROXIES))
                .as("what the client wrote first is its own claim").isEqualTo("198.51.100.1");
        assertThat(ClientAddress.clientOf("10.0.0.2", "10.0.0.3", PROXIES)).isEqualTo("10.0.0.2");
    }
}
