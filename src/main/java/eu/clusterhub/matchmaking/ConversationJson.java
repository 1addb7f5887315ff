package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Jsons;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/** Conversations, messages and pledges as the API shows them: people by name and organisation, never by address. */
final class ConversationJson {

    private ConversationJson() {
    }

    /** A conversation as {@code viewerId} sees it; {@code unread} may be null when not counted. */
    static JsonObjectBuilder conversation(Conversation c, Need need, Offer offer, Map<Long, Account> people, long viewerId,
                                          Long unread) {
        JsonObjectBuilder json = Jsons.object()
                .add("id", c.getId())
                .add("need", listing(c.getNeedId(), need == null ? null : need.getTitle(),
                        need == null ? null : need.getStatus().code()))
                .add("offer", listing(c.getOfferId(), offer == null ? null : offer.getTitle(),
                        offer == null ? null : offer.getStatus().code()))
                .add("needOwner", ListingJson.owner(people.get(c.getNeedOwnerId()), c.getNeedOwnerId()))
                .add("offerOwner", ListingJson.owner(people.get(c.getOfferOwnerId()), c.getOfferOwnerId()))
                .add("role", c.getNeedOwnerId() == viewerId ? "need-owner" : c.getOfferOwnerId() == viewerId ? "offer-owner"
                        : "moderator")
                .add("startedBy", c.getStartedBy())
                .add("messageCount", c.getMessageCount())
                .add("createdAt", ListingJson.time(c.getCreatedAt()))
                .add("lastMessageAt", ListingJson.time(c.getLastMessageAt()));
        if (c.isMember(viewerId)) {
            long other = c.otherMember(viewerId);
            json.add("otherParty", ListingJson.owner(people.get(other), other));
        }
        if (unread != null) {
            json.add("unread", unread);
        }
        return json;
    }

    private static JsonObjectBuilder listing(long id, String title, String status) {
        return Jsons.object().add("id", id).add("title", title == null ? JsonValue.NULL : Jsons.value(title))
                .add("status", status == null ? JsonValue.NULL : Jsons.value(status));
    }

    static JsonObjectBuilder message(ConversationMessage m, Map<Long, Account> people, long viewerId) {
        return Jsons.object()
                .add("id", m.getId())
                .add("author", ListingJson.owner(people.get(m.getAuthorId()), m.getAuthorId()))
                .add("mine", m.getAuthorId() == viewerId)
                .add("body", m.getBodyMarkdown())
                .add("bodyHtml", m.isVisible() || m.getAuthorId() == viewerId ? m.getBodyHtml() : "")
                .add("moderation", m.getModeration().name().toLowerCase(java.util.Locale.ROOT))
                .add("createdAt", ListingJson.time(m.getCreatedAt()));
    }

    static JsonObjectBuilder pledge(PledgeService.PledgeRow row) {
        Pledge p = row.pledge();
        return Jsons.object()
                .add("id", p.getId())
                .add("needId", p.getNeedId())
                .add("offerId", p.getOfferId())
                .add("offerTitle", row.offer() == null ? JsonValue.NULL : Jsons.value(row.offer().getTitle()))
                .add("supplier", row.supplier() == null ? JsonValue.NULL : Jsons.value(row.supplier().getName()))
                .add("supplierCountry", row.supplier() == null ? JsonValue.NULL : Jsons.value(row.supplier().getCountry()))
                .add("quantity", p.getQuantity())
                .add("date", p.getPledgedOn().toString())
                .add("createdAt", ListingJson.time(p.getCreatedAt()));
    }

    static JsonObjectBuilder coverage(Need need) {
        return Jsons.object()
                .add("id", need.getId())
                .add("status", need.getStatus().code())
                .add("quantity", need.getQuantity())
                .add("unit", need.getUnit().code())
                .add("pledged", need.getPledged())
                .add("remaining", need.getRemaining())
                .add("coveredPercent", need.getCoveredPercent());
    }
}
