package eu.clusterhub.forum;

import java.util.Locale;
import java.util.Optional;

/** What a thread is about; questions and requests can have an accepted solution. */
public enum ThreadType {
    EXPERIENCE, SOLUTION, REQUEST, QUESTION, OFFER;

    public boolean canBeSolved() {
        return this == REQUEST || this == QUESTION;
    }

    public static Optional<ThreadType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
