package eu.clusterhub.moderation;

import eu.clusterhub.account.CurrentAccount;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** /api/moderation/audit.csv: the audit log with the filters of {@link AuditResource}, as CSV ({@link AuditCsv}). */
@Path("moderation/audit.csv")
public class AuditCsvResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private AuditLog log;

    @GET
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("target") String target,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditPermissions.mayRead(me.getAccount()).check();
        List<AuditRow> rows = log.export(log.filter(actor, action, target, from, to));
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            AuditCsv.write(rows, writer);
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"clusterhub-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"")
                .build();
    }
}
