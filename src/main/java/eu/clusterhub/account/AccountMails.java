package eu.clusterhub.account;

import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.mail.Mailer;
import eu.clusterhub.platform.web.SiteUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The account mails: links only to the configured public address (never to the host a
 * request named), and at most {@value #PER_RECIPIENT} mails per address per period, so
 * the forms cannot be used to flood someone's mailbox. Beyond the limit a mail is dropped
 * silently: answering differently would tell whether the address has an account.
 */
@ApplicationScoped
class AccountMails {

    static final String PER_RECIPIENT = "mails-per-recipient";
    private static final Logger LOG = Logger.getLogger(AccountMails.class.getName());

    @Inject
    private Mailer mailer;

    @Inject
    private SiteUrl siteUrl;

    @Inject
    private RateLimiter limiter;

    /** An absolute link to a path of the portal, e.g. "/verify?token=...". */
    String link(String path) {
        return siteUrl.base() + path;
    }

    void send(String to, String subject, String text) {
        if (!limiter.tryAcquire(PER_RECIPIENT, to)) {
            EventLog.warning(LOG, "mail.dropped", "reason=recipient-limit subject=\"" + subject + "\"");
            return;
        }
        mailer.send(to, subject, text);
    }
}
