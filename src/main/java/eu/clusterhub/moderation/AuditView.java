package eu.clusterhub.moderation;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * /moderation/audit: the audit log for moderators and admins. The filters are a GET form, so
 * a filtered view is a link to share, and the CSV link carries the same query. Read-only.
 */
@Named
@RequestScoped
public class AuditView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

    @Inject
    private CurrentAccount me;

    @Inject
    private AuditLog log;

    @Inject
    private StaffActionCatalogue catalogue;

    private ResultPage<AuditRow> result;
    private String problem;
    private boolean loaded;

    public ResultPage<AuditRow> getResult() {
        if (!loaded) {
            loaded = true;
            AuditPermissions.mayRead(me.getAccount()).check();
            try {
                Paging paging = Paging.parse(QueryParameter.text("page"), null, AuditResource.PAGE_SIZE, AuditResource.PAGE_SIZE);
                result = log.page(log.filter(getActor(), getAction(), getTarget(), getFrom(), getTo()), paging.page(), paging.size());
            } catch (ValidationFailed e) {
                problem = e.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
            }
        }
        return result;
    }

    public String getProblem() {
        getResult();
        return problem;
    }

    public List<String> getActions() {
        return catalogue.names();
    }

    public String getActor() {
        return QueryParameter.text("actor");
    }

    public String getAction() {
        return QueryParameter.text("action");
    }

    public String getTarget() {
        return QueryParameter.text("target");
    }

    public String getFrom() {
        return QueryParameter.text("from");
    }

    public String getTo() {
        return QueryParameter.text("to");
    }

    /** The filters as a query string ("" or "?action=…&amp;from=…"), for the CSV link and the pages. */
    public String getFilterQuery() {
        List<String> parts = new ArrayList<>();
        add(parts, "actor", getActor());
        add(parts, "action", getAction());
        add(parts, "target", getTarget());
        add(parts, "from", getFrom());
        add(parts, "to", getTo());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The query string of another page of the same filters. */
    public String pageQuery(int page) {
        String query = getFilterQuery();
        return (query.isEmpty() ? "?" : query + "&") + "page=" + page;
    }

    public String time(LocalDateTime at) {
        return TIME.format(at) + " UTC";
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
