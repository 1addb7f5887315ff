package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;

/** Offers and needs as the API shows them (and as revisions keep them). */
public final class ListingJson {

    private ListingJson() {
    }

    public static JsonObjectBuilder offer(Offer o, Catalogue.Snapshot lists, Map<Long, Account> owners) {
        JsonArrayBuilder countries = Jsons.array();
        o.getCountries().forEach(countries::add);
        return Jsons.object()
                .add("id", o.getId())
                .add("kind", "offer")
                .add("category", lists.category(o.getCategoryId()).getSlug())
                .add("categoryName", lists.category(o.getCategoryId()).getName())
                .add("title", o.getTitle())
                .add("description", o.getDescriptionMarkdown())
                .add("descriptionHtml", o.getDescriptionHtml())
                .add("moderation", o.getModeration().name().toLowerCase(java.util.Locale.ROOT))
                .add("moderationNotice", o.getModeration().noticeFor(o.getModerationReason()))
                .add("capacityPerWeek", o.getCapacityPerWeek())
                .add("unit", o.getUnit().code())
                .add("leadTimeDays", o.getLeadTimeDays())
                .add("minimumOrder", o.getMinimumOrder())
                .add("certifications", certifications(o.getCertificationIds(), lists))
                .add("countries", countries)
                .add("allCountries", o.isAllCountries())
                .add("validUntil", o.getValidUntil().toString())
                .add("status", o.getStatus().code())
                .add("language", o.getLanguage())
                .add("threadId", o.getThreadId() == null ? JsonValue.NULL : Jsons.value(o.getThreadId()))
                .add("owner", owner(owners.get(o.getOwnerId()), o.getOwnerId()))
                .add("createdAt", time(o.getCreatedAt()))
                .add("updatedAt", time(o.getUpdatedAt()))
                .add("version", o.getVersion());
    }

    public static JsonObjectBuilder need(Need n, Catalogue.Snapshot lists, Map<Long, Account> owners) {
        return Jsons.object()
                .add("id", n.getId())
                .add("kind", "need")
                .add("category", lists.category(n.getCategoryId()).getSlug())
                .add("categoryName", lists.category(n.getCategoryId()).getName())
                .add("title", n.getTitle())
                .add("description", n.getDescriptionMarkdown())
                .add("descriptionHtml", n.getDescriptionHtml())
                .add("moderation", n.getModeration().name().toLowerCase(java.util.Locale.ROOT))
                .add("moderationNotice", n.getModeration().noticeFor(n.getModerationReason()))
                .add("quantity", n.getQuantity())
                .add("unit", n.getUnit().code())
                .add("neededBy", n.getNeededBy().toString())
                .add("country", n.getCountry())
                .add("region", n.getRegion() == null ? JsonValue.NULL : Jsons.value(n.getRegion()))
                .add("certifications", certifications(n.getCertificationIds(), lists))
                .add("status", n.getStatus().code())
                .add("pledged", n.getPledged())
                .add("coveredPercent", n.getCoveredPercent())
                .add("language", n.getLanguage())
                .add("threadId", n.getThreadId() == null ? JsonValue.NULL : Jsons.value(n.getThreadId()))
                .add("owner", owner(owners.get(n.getOwnerId()), n.getOwnerId()))
                .add("createdAt", time(n.getCreatedAt()))
                .add("updatedAt", time(n.getUpdatedAt()))
                .add("version", n.getVersion());
    }

    private static JsonArrayBuilder certifications(Collection<Long> ids, Catalogue.Snapshot lists) {
        JsonArrayBuilder slugs = Jsons.array();
        lists.certifications(ids).forEach(c -> slugs.add(c.getSlug()));
        return slugs;
    }

    /** The owner as others see them: name and organisation, never the address. */
    public static JsonObjectBuilder owner(Account account, long id) {
        JsonObjectBuilder json = Jsons.object().add("id", id);
        if (account == null) {
            return json.add("displayName", "Deleted user").add("organisation", JsonValue.NULL).add("country", JsonValue.NULL)
                    .add("verified", false);
        }
        var organisation = account.getOrganisation();
        return json.add("displayName", account.getDisplayName())
                .add("organisation", organisation == null ? JsonValue.NULL : Jsons.value(organisation.getName()))
                .add("country", organisation == null ? JsonValue.NULL : Jsons.value(organisation.getCountry()))
                .add("verified", organisation != null && organisation.isVerified());
    }

    static JsonObjectBuilder revisions(long listingId, java.util.List<ListingRevision> revisions, Map<Long, Account> editors) {
        JsonArrayBuilder items = Jsons.array();
        for (ListingRevision r : revisions) {
            Account editor = editors.get(r.getEditorId());
            items.add(Jsons.object().add("version", r.getVersion()).add("editedAt", time(r.getEditedAt()))
                    .add("editor", Jsons.object().add("id", r.getEditorId())
                            .add("displayName", editor == null ? "Deleted user" : editor.getDisplayName()))
                    .add("before", Jsons.reader(new java.io.StringReader(r.getSnapshot())).readObject()));
        }
        return Jsons.object().add("id", listingId).add("items", items);
    }

    public static JsonValue time(LocalDateTime utc) {
        return Jsons.value(utc.atOffset(ZoneOffset.UTC).toString());
    }
}
