package eu.clusterhub.account;

import eu.clusterhub.platform.Conflict;

/** Registration with an address that already has an account (in any letter case). */
public class EmailTaken extends Conflict {
    public EmailTaken() {
        super("Email taken", "An account with this email address exists already");
    }
}
