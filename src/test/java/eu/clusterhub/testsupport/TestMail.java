package eu.clusterhub.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An SMTP server in the test JVM (GreenMail) that the portal under test sends its mail to. */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    static synchronized int start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server.getSmtp().getPort();
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

    /** The first link in the newest mail to the address that contains the path. */
    public static String link(String address, String path) {
        Matcher link = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(latestTo(address));
        if (!link.find()) {
            throw new AssertionError("The mail to " + address + " has no link to " + path);
        }
        return link.group();
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
