package eu.clusterhub.account;

/** A link token that is unknown, used already or expired; the message says which, plainly. */
public class InvalidToken extends RuntimeException {
    public InvalidToken(String message) {
        super(message);
    }
}
