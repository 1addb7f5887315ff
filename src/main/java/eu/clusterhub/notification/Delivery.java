package eu.clusterhub.notification;

import java.util.Locale;

/** How a kind of notification reaches a member by mail (the mail planner's business; the portal shows them all). */
public enum Delivery {
    IMMEDIATELY, DAILY, WEEKLY, NEVER;

    /** As the settings API writes it: "immediately", "daily", "weekly", "never". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
