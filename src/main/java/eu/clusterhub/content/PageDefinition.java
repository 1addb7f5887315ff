package eu.clusterhub.content;

import eu.clusterhub.platform.Hashes;

/** One static page as written in content/pages/{slug}.md. */
public record PageDefinition(String slug, String title, String markdown) {

    /** Hash of the file's content: an unchanged file is not rendered or written again. */
    public String sourceHash() {
        return Hashes.sha256(String.join("\u0000", slug, title, markdown));
    }
}
