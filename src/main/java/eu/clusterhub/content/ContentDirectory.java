package eu.clusterhub.content;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the seed content is read from: the directory named by CLUSTERHUB_CONTENT_DIR, or
 * the copy of content/ bundled in the WAR.
 */
public final class ContentDirectory {

    private final Path root;
    private final String label;

    private ContentDirectory(Path root, String label) {
        this.root = root;
        this.label = label;
    }

    public static ContentDirectory configured(Path root) {
        return new ContentDirectory(root, root.toString());
    }

    public static ContentDirectory bundled(Path root) {
        return new ContentDirectory(root, "content (bundled in the WAR)");
    }

    public String description() {
        return label;
    }

    /** How a file in here is named in messages: relative to the content directory. */
    public String displayName(String file) {
        return root.getFileName() == null ? file : root.getFileName() + "/" + file;
    }

    /** The path of a file or folder that may be absent. */
    public Path optional(String name) {
        return root.resolve(name);
    }

    /** The path of a file that must exist. */
    public Path require(String file) {
        if (!Files.isDirectory(root)) {
            throw new ContentException(label, 1, "the content directory does not exist");
        }
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new ContentException(displayName(file), 1, "the file is missing from " + label);
        }
        return path;
    }
}
