package eu.clusterhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.matchmaking.SeedCertification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificationsFileTest {

    @TempDir
    Path dir;

    @Test
    void theBundledListHoldsTheStandardsBuyersAskForInTheFileOrder() {
        var certifications = CertificationsFile.read(Path.of("content/certifications.yml"), "content/certifications.yml");
        assertThat(certifications).extracting(SeedCertification::slug)
                .contains("ce-marking", "en-149", "en-14683", "en-455", "en-14126", "en-166", "iso-13485", "iso-9001");
        assertThat(certifications).extracting(SeedCertification::order).isSorted().doesNotHaveDuplicates();
        assertThat(certifications.get(0).slug()).isEqualTo("ce-marking");
        assertThat(certifications).allSatisfy(c -> assertThat(c.description()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void anAbsentFileMeansNoCertifications() {
        assertThat(CertificationsFile.readIfPresent(dir.resolve("certifications.yml"), "certifications.yml")).isEmpty();
    }

    @Test
    void problemsNameTheLine() throws IOException {
        assertFails("certifications:\n  - slug: en-149\n    name: EN 149\n    description: Masks.\n"
                + "  - slug: en-149\n    name: EN 149 again\n    description: Masks.\n", 5, "already used by the certification on line 2");
        assertFails("certifications:\n  - slug: en-149\n    name: EN 149\n", 2, "the certification has no 'description'");
        assertFails("certifications:\n  - slug: en-149\n    name: EN 149\n    description: \"\"\n", 4, "'description' is empty");
        assertFails("certifications:\n  - slug: EN 149\n    name: EN 149\n    description: Masks.\n", 2, "may only hold lower-case");
        assertFails("certifications: []\n", 1, "'certifications' is empty");
    }

    private void assertFails(String text, int line, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("certifications.yml"), text);
        assertThatThrownBy(() -> CertificationsFile.read(file, "certifications.yml"))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.line()).as(e.getMessage()).isEqualTo(line))
                .hasMessageStartingWith("certifications.yml:" + line + ":")
                .hasMessageContaining(problem);
    }
}
