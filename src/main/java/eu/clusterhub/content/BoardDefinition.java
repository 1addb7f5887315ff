package eu.clusterhub.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One board as written in content/boards.yml. */
public record BoardDefinition(String slug, String name, String description, int order, int line) {

    /**
     * Hash of everything the file says about this board. Stored on the row, it tells the
     * importer whether the entry changed since it last wrote the board.
     */
    public String sourceHash() {
        String canonical = String.join("\u0000", slug, name, description, Integer.toString(order));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
