package eu.clusterhub.content;

/**
 * A content file that cannot be imported. The message always starts with
 * {@code file:line:} so that an operator can go straight to the offending line.
 */
public class ContentException extends RuntimeException {

    private final String file;
    private final int line;

    public ContentException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public ContentException(String file, int line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** One-based line number of the problem. */
    public int line() {
        return line;
    }
}
