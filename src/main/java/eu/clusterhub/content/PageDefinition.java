package eu.clusterhub.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One static page as written in content/pages/{slug}.md. */
public record PageDefinition(String slug, String title, String markdown) {

    /** Hash of the file's content: an unchanged file is not rendered or written again. */
    public String sourceHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((slug + "\u0000" + title + "\u0000" + markdown).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
