package eu.clusterhub.moderation;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.Paging;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * /api/moderation/audit: the audit log for moderators and admins, a page at a time, newest
 * first, filtered by {@code actor} (account id or part of a name), {@code action},
 * {@code target} ({@code type} or {@code type:id}), {@code from} and {@code to} (dates, UTC,
 * inclusive); {@code /actions} lists the action names. Read-only: there is no call that
 * changes or deletes an entry. The CSV export is {@link AuditCsvResource}.
 */
@Path("moderation/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    @Inject
    private CurrentAccount me;

    @Inject
    private AuditLog log;

    @Inject
    private StaffActionCatalogue catalogue;

    @GET
    public JsonObject list(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("target") String target,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        AuditPermissions.mayRead(me.getAccount()).check();
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.read(page, size, PAGE_SIZE, MAX_PAGE_SIZE, 1_000_000, errors);
        AuditFilter filter;
        try {
            filter = log.filter(actor, action, target, from, to);
        } catch (ValidationFailed e) {
            errors.addAll(0, e.errors());
            throw new ValidationFailed(errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return AuditJson.page(log.page(filter, paging.page(), paging.size()));
    }

    /** Every action name the features declare, sorted. */
    @GET
    @Path("actions")
    public JsonArray actions() {
        AuditPermissions.mayRead(me.getAccount()).check();
        JsonArrayBuilder names = Jsons.array();
        catalogue.names().forEach(names::add);
        return names.build();
    }
}
