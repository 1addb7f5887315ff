package eu.clusterhub.account;

/** Registration with an address that already has an account (in any letter case). */
public class EmailTaken extends RuntimeException {
    public EmailTaken() {
        super("An account with this email address exists already");
    }
}
