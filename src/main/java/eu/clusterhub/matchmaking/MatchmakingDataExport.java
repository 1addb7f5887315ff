package eu.clusterhub.matchmaking;

import eu.clusterhub.account.DataExportPart;
import eu.clusterhub.platform.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * A member's matchmaking data in their export: the offers and needs they published, the
 * messages they wrote and the pledges they recorded. Messages of the other side are theirs,
 * not this member's, and stay out.
 */
@ApplicationScoped
public class MatchmakingDataExport implements DataExportPart {

    @Inject
    private ListingRepository listings;

    @Inject
    private Catalogue catalogue;

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Override
    public String name() {
        return "matchmaking";
    }

    @Override
    public JsonValue of(long accountId) {
        Catalogue.Snapshot lists = catalogue.now();
        JsonArrayBuilder offers = Jsons.array();
        listings.offersOf(accountId).forEach(o -> offers.add(ListingJson.offer(o, lists, Map.of()).remove("owner")));
        JsonArrayBuilder needs = Jsons.array();
        listings.needsOf(accountId).forEach(n -> needs.add(ListingJson.need(n, lists, Map.of()).remove("owner")));
        JsonArrayBuilder messages = Jsons.array();
        em.createQuery("SELECT m FROM ConversationMessage m WHERE m.authorId = :a ORDER BY m.id", ConversationMessage.class)
                .setParameter("a", accountId).getResultList()
                .forEach(m -> messages.add(Jsons.object().add("conversationId", m.getConversationId())
                        .add("text", m.getBodyMarkdown()).add("writtenAt", ListingJson.time(m.getCreatedAt()))));
        JsonArrayBuilder pledges = Jsons.array();
        em.createQuery("SELECT p FROM Pledge p WHERE p.recordedBy = :a ORDER BY p.id", Pledge.class)
                .setParameter("a", accountId).getResultList()
                .forEach(p -> pledges.add(Jsons.object().add("needId", p.getNeedId()).add("offerId", p.getOfferId())
                        .add("quantity", p.getQuantity()).add("date", p.getPledgedOn().toString())));
        return Jsons.object().add("offers", offers).add("needs", needs).add("messages", messages).add("pledges", pledges).build();
    }
}
