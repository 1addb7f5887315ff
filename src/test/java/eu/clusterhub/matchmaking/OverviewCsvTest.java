package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The export's CSV: RFC 4180 quoting, read back as written, and no cell a spreadsheet would run. */
class OverviewCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunGetALeadingApostrophe() {
        assertThat(eu.clusterhub.platform.CsvCells.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(eu.clusterhub.platform.CsvCells.cell("+49 30")).isEqualTo("'+49 30");
        assertThat(eu.clusterhub.platform.CsvCells.cell("-2")).isEqualTo("'-2");
        assertThat(eu.clusterhub.platform.CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(eu.clusterhub.platform.CsvCells.cell("\tx")).isEqualTo("'\tx");
        assertThat(eu.clusterhub.platform.CsvCells.cell("\rx")).isEqualTo("'\rx");
        assertThat(eu.clusterhub.platform.CsvCells.cell("FFP2 masks = 2000")).isEqualTo("FFP2 masks = 2000");
        assertThat(eu.clusterhub.platform.CsvCells.cell(1500L)).isEqualTo("1500");
        assertThat(eu.clusterhub.platform.CsvCells.cell(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndReadBackUnchanged() throws Exception {
        StringWriter out = new StringWriter();
        OverviewCsv.write(List.of(
                new OverviewRepository.ExportedNeed(7, "=1+1, \"quoted\"", "ffp2-masks", "IT", "ITC4", 2000, 500, "pieces",
                        LocalDate.of(2026, 12, 24), "partly-covered", "Ospedale \"San Carlo\", Milano"),
                new OverviewRepository.ExportedNeed(8, "Gloves\nfor two wards", "surgical-gloves", "DE", null, 100, 0, "pairs",
                        LocalDate.of(2027, 1, 5), "open", null)), out);
        String csv = out.toString();

        assertThat(csv).startsWith("id,title,category,country,region,quantity,pledged,remaining,unit,needed_by,status,organisation\r\n");
        assertThat(csv).contains("\"'=1+1, \"\"quoted\"\"\"");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("title")).isEqualTo("'=1+1, \"quoted\"");
        assertThat(records.get(0).get("organisation")).isEqualTo("Ospedale \"San Carlo\", Milano");
        assertThat(records.get(0).get("remaining")).isEqualTo("1500");
        assertThat(records.get(0).get("needed_by")).isEqualTo("2026-12-24");
        assertThat(records.get(1).get("title")).isEqualTo("Gloves\nfor two wards");
        assertThat(records.get(1).get("region")).isEmpty();
        assertThat(records.get(1).get("organisation")).isEmpty();
    }
}
