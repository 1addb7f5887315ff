package eu.clusterhub.announcement;

import eu.clusterhub.platform.Hashes;

/** One topic as written in content/topics.yml. */
public record SeedTopic(String slug, String name, int order) {

    public String sourceHash() {
        return Hashes.sha256(String.join("\u0000", slug, name, Integer.toString(order)));
    }
}
