package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountStatus;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.mail.Mailer;
import eu.clusterhub.platform.web.SiteUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * "You have a new message": the mail to the other member of a conversation. It names the need
 * and links to the conversation on the configured public address, and never carries the
 * message itself (mail travels through servers the portal does not control; the text stays
 * behind the sign-in). At most {@value #PER_RECIPIENT} such mails per member and period: a
 * lively conversation does not flood a mailbox, and the inbox still counts every message.
 */
@ApplicationScoped
class ConversationMails {

    static final String PER_RECIPIENT = "message-mails-per-recipient";
    private static final Logger LOG = Logger.getLogger(ConversationMails.class.getName());

    @Inject
    private Mailer mailer;

    @Inject
    private SiteUrl siteUrl;

    @Inject
    private RateLimiter limiter;

    /** Tells the recipient there is a message; a mail that cannot be sent does not undo the message. */
    void newMessage(Account recipient, Conversation conversation, Need need) {
        if (recipient == null || recipient.getStatus() != AccountStatus.ACTIVE) {
            return;
        }
        if (!limiter.tryAcquire(PER_RECIPIENT, Long.toString(recipient.getId()))) {
            EventLog.warning(LOG, "conversation.mail-dropped", "reason=recipient-limit conversation=" + conversation.getId());
            return;
        }
        String subject = "You have a new message about " + oneLine(need.getTitle()) + " on ClusterHub";
        String text = "Hello " + oneLine(recipient.getDisplayName()) + ",\n\n"
                + "there is a new message for you in your conversation about \"" + oneLine(need.getTitle()) + "\".\n"
                + "Read it and answer on ClusterHub (sign in first):\n\n"
                + siteUrl.base() + "/conversations/" + conversation.getId() + "\n\n"
                + "All your conversations: " + siteUrl.base() + "/inbox\n\n"
                + "-- \nClusterHub. You get this mail because another member wrote to you about an offer or need of yours.\n";
        try {
            mailer.send(recipient.getEmail(), subject, text);
        } catch (Mailer.MailNotSent e) {
            EventLog.warning(LOG, "conversation.mail-failed", "conversation=" + conversation.getId() + " cause=\""
                    + e.getCause().getClass().getSimpleName() + "\"");
        }
    }

    /** A title in a subject line: no line breaks (a header injection would need one). */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
