package eu.clusterhub.platform;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Structured log lines: {@code event=<name> key=value ...}, so start-up, imports and
 * failures can be grepped and parsed by a log shipper without guessing at prose.
 */
public final class EventLog {

    private EventLog() {
    }

    public static void info(Logger logger, String event, String fields) {
        logger.log(Level.INFO, () -> line(event, fields));
    }

    public static void warning(Logger logger, String event, String fields) {
        logger.log(Level.WARNING, () -> line(event, fields));
    }

    public static void severe(Logger logger, String event, String fields) {
        logger.log(Level.SEVERE, () -> line(event, fields));
    }

    static String line(String event, String fields) {
        return fields == null || fields.isBlank() ? "event=" + event : "event=" + event + " " + fields;
    }
}
