package eu.clusterhub.notification;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/members?prefix=gi}: up to ten active members whose display name starts
 * with the prefix, for the mention autocomplete: id, display name, organisation and the
 * {@linkplain Handles handle} to insert; never an address. Signed-in members only, and
 * limited per account (clusterhub.limits.member-lookups-per-account), so the list of members
 * cannot be walked.
 */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    static final int LIMIT = 10;

    @Inject
    private CurrentAccount me;

    @Inject
    private RateLimiter limiter;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @GET
    public JsonObject byPrefix(@QueryParam("prefix") String prefix) {
        Account caller = me.require();
        String text = prefix == null ? "" : prefix.strip();
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        if (text.isEmpty() || text.length() > 80) {
            throw ValidationFailed.of("prefix", "Type 1 to 80 characters of a member's name");
        }
        limiter.acquire("member-lookups-per-account", Long.toString(caller.getId()));
        String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // by the index on display_name; the collation ignores case
        JsonArrayBuilder items = Jsons.array();
        em.createQuery("SELECT a FROM Account a WHERE a.displayName LIKE :p AND a.status = eu.clusterhub.account.AccountStatus.ACTIVE"
                        + " ORDER BY a.displayName, a.id", Account.class)
                .setParameter("p", like).setMaxResults(LIMIT).getResultList()
                .forEach(a -> items.add(NotificationJson.member(a, a.getId()).add("handle", Handles.of(a.getDisplayName(), a.getId()))));
        return Jsons.object().add("items", items).build();
    }
}
