package eu.clusterhub.moderation;

import static eu.clusterhub.platform.CsvCells.cell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log as CSV: RFC 4180 (comma, CRLF, fields with commas, quotes or line breaks in
 * double quotes, quotes doubled), a header row, UTF-8, times in UTC.
 *
 * <p>Reasons and summaries are anyone's text in the end (a thread title, a moderator's
 * reason): a cell that starts with {@code = + - @}, a tab or a carriage return, which a
 * spreadsheet would run as a formula, gets a leading apostrophe (OWASP, "CSV Injection").
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("id", "at_utc", "actor_id", "actor", "action", "target_type", "target_id", "reason",
            "before", "after");

    private AuditCsv() {
    }

    static void write(List<AuditRow> rows, Writer out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (AuditRow row : rows) {
                printer.printRecord(cell(row.id()), cell(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(row.at())), cell(row.actorId()), cell(row.actorName()), cell(row.action()),
                        cell(row.targetType()), cell(row.targetId()), cell(row.reason()), cell(row.before()), cell(row.after()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
