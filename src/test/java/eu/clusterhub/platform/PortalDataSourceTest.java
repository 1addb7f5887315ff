package eu.clusterhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalDataSourceTest {

    @Test
    void anEnvironmentVariableSetButEmptyMeansTheEmptyPassword() {
        assertThat(PortalDataSource.password("clusterhub", "", null)).isEmpty();
    }

    @Test
    void otherwiseTheConfiguredPasswordStands() {
        assertThat(PortalDataSource.password("secret", "secret", null)).isEqualTo("secret");
        assertThat(PortalDataSource.password("clusterhub", null, null)).as("unset: the default").isEqualTo("clusterhub");
        assertThat(PortalDataSource.password("from-property", "", "from-property")).as("a system property wins").isEqualTo("from-property");
    }
}
