package eu.clusterhub.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The audit log's CSV: RFC 4180, read back as written, no cell a spreadsheet would run; long texts are clipped, not refused. */
class AuditCsvTest {

    @Test
    void entriesAreQuotedNeutralisedAndReadBackUnchanged() throws Exception {
        StringWriter out = new StringWriter();
        AuditCsv.write(List.of(
                new AuditRow(1, LocalDateTime.of(2026, 12, 1, 9, 30, 5), 42, "=cmd|' /C calc'!A0", "post.delete", "post", "17",
                        "@SUM(A1), \"spam\"", "-visible\nline two", "+deleted"),
                new AuditRow(2, LocalDateTime.of(2026, 12, 1, 9, 31), 43, "erased account #43", "thread.lock", "thread", "9",
                        null, "open", "locked")), out);
        String csv = out.toString();

        assertThat(csv).startsWith("id,at_utc,actor_id,actor,action,target_type,target_id,reason,before,after\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.get("at_utc")).isEqualTo("2026-12-01T09:30:05");
        assertThat(first.get("actor")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(first.get("reason")).isEqualTo("'@SUM(A1), \"spam\"");
        assertThat(first.get("before")).isEqualTo("'-visible\nline two");
        assertThat(first.get("after")).isEqualTo("'+deleted");
        assertThat(records.get(1).get("at_utc")).as("seconds even when zero").isEqualTo("2026-12-01T09:31:00");
        assertThat(records.get(1).get("reason")).isEmpty();
        assertThat(records.get(1).get("actor")).isEqualTo("erased account #43");
    }

    @Test
    void overlongTextsAreClippedRatherThanFailingTheAction() {
        assertThat(AuditEntry.clip("x".repeat(5000), AuditEntry.MAX_REASON)).hasSize(AuditEntry.MAX_REASON).endsWith("\u2026");
        assertThat(AuditEntry.clip("short", AuditEntry.MAX_REASON)).isEqualTo("short");
        assertThat(AuditEntry.clip(null, AuditEntry.MAX_REASON)).isNull();
    }
}
