package eu.clusterhub.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An SMTP server in the test JVM (GreenMail) that the portal under test sends its mail to. */
public final class TestMail {

    /**
     * The public address the test servers are configured with (clusterhub.base-url): a host
     * that resolves nowhere, so a link that works proves it was rewritten here on purpose.
     */
    public static final String CONFIGURED_BASE = "https://links.clusterhub.test";

    private static GreenMail server;
    private static int port;

    private TestMail() {
    }

    static synchronized int start() {
        if (server == null) {
            port = freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (server != null) {
                    server.stop();
                }
            }));
        }
        return port;
    }

    /**
     * Takes the SMTP server down (connections to its port are refused) until {@link #restart()}:
     * for tests of what the portal does while its mail server is unreachable. What it received is
     * forgotten.
     */
    public static synchronized void stop() {
        server.stop();
    }

    /** Starts the SMTP server again, on the same port, empty. */
    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The mails the address has received so far, oldest first, with their headers. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(address.toLowerCase())).toList();
    }

    /** The text of the newest mail to the address, waiting up to 15 s for it. */
    public static String latestTo(String address) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        do {
            Optional<MimeMessage> found = Arrays.stream(server.getReceivedMessages())
                    .filter(m -> recipients(m).contains(address.toLowerCase()))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                try {
                    return found.get().getSubject() + "\n" + found.get().getContent().toString();
                } catch (IOException | jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No mail to " + address + " arrived");
    }

    /** How many mails the address has received so far. */
    /** The first mail to the address whose subject or text contains the words, waiting up to 20 s for it. */
    public static String to(String address, String words) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        do {
            for (MimeMessage message : messagesTo(address)) {
                try {
                    String mail = message.getSubject() + "\n" + message.getContent().toString();
                    if (mail.contains(words)) {
                        return mail;
                    }
                } catch (IOException | jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No mail to " + address + " with \"" + words + "\" arrived");
    }

    public static long countTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(address.toLowerCase())).count();
    }

    /**
     * The first link in the newest mail to the address that contains the path, as mailed:
     * it must start with the configured public address, whatever host the request named.
     */
    public static String mailedLink(String address, String path) {
        Matcher link = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(latestTo(address));
        if (!link.find()) {
            throw new AssertionError("The mail to " + address + " has no link to " + path);
        }
        if (!link.group().startsWith(CONFIGURED_BASE + "/")) {
            throw new AssertionError("The mail to " + address + " links elsewhere than " + CONFIGURED_BASE + ": " + link.group());
        }
        return link.group();
    }

    /** As {@link #mailedLink}, with the configured origin replaced by the test server's, so the link can be followed. */
    public static String link(URL server, String address, String path) {
        String root = server.toExternalForm().endsWith("/") ? server.toExternalForm() : server.toExternalForm() + "/";
        return root + mailedLink(address, path).substring(CONFIGURED_BASE.length() + 1);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(a -> a.toString().toLowerCase()).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
