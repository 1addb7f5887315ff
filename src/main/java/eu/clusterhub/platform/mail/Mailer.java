package eu.clusterhub.platform.mail;

import eu.clusterhub.platform.EventLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text mail through the SMTP server in CLUSTERHUB_MAIL_*. With no server
 * configured, the log says that a mail was not sent, and to whom, but never its text: the
 * text holds sign-in secrets (reset and confirmation links), and logs travel further than
 * mailboxes. Only in development ({@code mvn -Prun} sets CLUSTERHUB_MAIL_LOG_LINKS=true) is
 * the whole mail logged, so its links can be followed.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "clusterhub.mail.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "clusterhub.mail.port", defaultValue = "587")
    private int port;

    @Inject
    @ConfigProperty(name = "clusterhub.mail.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "clusterhub.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "clusterhub.mail.starttls", defaultValue = "true")
    private boolean starttls;

    @Inject
    @ConfigProperty(name = "clusterhub.mail.from", defaultValue = "ClusterHub <no-reply@clusterhub.invalid>")
    private String from;

    @Inject
    @ConfigProperty(name = "clusterhub.mail.log-links", defaultValue = "false")
    private boolean logWholeMail;

    private Session session;

    @PostConstruct
    void connect() {
        if (host.isEmpty()) {
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        if (username.isPresent()) {
            props.put("mail.smtp.auth", "true");
            session = Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            });
        } else {
            session = Session.getInstance(props);
        }
    }

    /** Sends the mail now; a failure is an exception, so the caller's transaction rolls back. */
    public void send(String to, String subject, String text) {
        send(to, subject, text, Map.of());
    }

    /**
     * As {@link #send(String, String, String)}, with extra headers (e.g. List-Unsubscribe). A
     * "Message-ID" among them is kept as given (so a mail sent again after a crash carries the
     * same id and a mail client can drop the duplicate); otherwise one is generated.
     */
    public void send(String to, String subject, String text, Map<String, String> headers) {
        if (session == null) {
            EventLog.info(LOG, "mail.logged", logged(to, subject, text, logWholeMail));
            return;
        }
        try {
            String messageId = headers.get("Message-ID");
            MimeMessage message = messageId == null ? new MimeMessage(session) : new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            for (Map.Entry<String, String> header : headers.entrySet()) {
                if (!header.getKey().equals("Message-ID")) {
                    message.setHeader(header.getKey(), header.getValue());
                }
            }
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
            EventLog.info(LOG, "mail.sent", "subject=\"" + subject + "\"");
        } catch (MessagingException e) {
            throw new MailNotSent(e);
        }
    }

    /** What the log says of a mail not sent: to whom and about what; its text (and links) only in development. */
    static String logged(String to, String subject, String text, boolean whole) {
        return "to=\"" + to + "\" subject=\"" + subject + "\""
                + (whole ? "\n" + text : " (no SMTP server is configured: the mail was not sent)");
    }

    /** The mail server refused or could not be reached. */
    public static class MailNotSent extends RuntimeException {
        MailNotSent(Throwable cause) {
            super("The mail could not be sent: " + cause.getMessage(), cause);
        }
    }
}
