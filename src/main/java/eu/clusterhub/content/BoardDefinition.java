package eu.clusterhub.content;

import eu.clusterhub.platform.Hashes;

/** One board as written in content/boards.yml. */
public record BoardDefinition(String slug, String name, String description, int order, int line) {

    /**
     * Hash of everything the file says about this board. Stored on the row, it tells the
     * importer whether the entry changed since it last wrote the board.
     */
    public String sourceHash() {
        return Hashes.sha256(String.join("\u0000", slug, name, description, Integer.toString(order)));
    }
}
