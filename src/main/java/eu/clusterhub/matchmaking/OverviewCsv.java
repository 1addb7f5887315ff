package eu.clusterhub.matchmaking;

import static eu.clusterhub.platform.CsvCells.cell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The export of active needs as CSV: RFC 4180 (comma, CRLF, fields with commas, quotes or
 * line breaks in double quotes, quotes doubled), a header row, UTF-8.
 *
 * <p>A spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return
 * as a formula, and a need's title is anyone's text: such a cell gets a leading apostrophe
 * (OWASP, "CSV Injection"), which spreadsheets show as text and do not run.
 */
final class OverviewCsv {

    static final List<String> HEADER = List.of("id", "title", "category", "country", "region", "quantity", "pledged", "remaining",
            "unit", "needed_by", "status", "organisation");

    private OverviewCsv() {
    }

    static void write(List<OverviewRepository.ExportedNeed> needs, Writer out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (OverviewRepository.ExportedNeed need : needs) {
                printer.printRecord(cell(need.id()), cell(need.title()), cell(need.category()), cell(need.country()),
                        cell(need.region()), cell(need.quantity()), cell(need.pledged()),
                        cell(Math.max(0, need.quantity() - need.pledged())), cell(need.unit()), cell(need.neededBy()),
                        cell(need.status()), cell(need.organisation()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
