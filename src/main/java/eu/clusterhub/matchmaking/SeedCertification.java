package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Hashes;

/** One certification as written in content/certifications.yml; {@code order} is its place in the file. */
public record SeedCertification(String slug, String name, String description, int order) {

    public String sourceHash() {
        return Hashes.sha256(String.join("\u0000", slug, name, description, Integer.toString(order)));
    }
}
