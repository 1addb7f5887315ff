package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;
import static eu.clusterhub.moderation.Staff.id;

import eu.clusterhub.matchmaking.TestListings;
import jakarta.json.Json;
import java.util.Map;

/** Matchmaking staff actions (matchmaking.MatchmakingStaffActions): others' listings, private conversations. */
class MatchmakingScripts implements StaffActionScripts {

    @Override
    public Map<String, Script> scripts() {
        return Map.of(
                "offer.close", s -> {
                    long offer = TestListings.offer(s.as(s.member()), "Audited offer of valves");
                    expect(200, s.moderatorApi().delete("offers/" + offer));
                    return Expected.of(s.moderator, "offer", offer);
                },
                "need.close", s -> {
                    long need = TestListings.need(s.as(s.member()), "Audited need of valves", 100);
                    expect(200, s.moderatorApi().delete("needs/" + need));
                    return Expected.of(s.moderator, "need", need);
                },
                "conversation.read", s -> {
                    var buyer = s.as(s.member());
                    long need = TestListings.need(buyer, "Audited need for a conversation", 100);
                    long offer = TestListings.offer(s.as(s.member()), "Audited offer for a conversation");
                    long conversation = id(expect(201, buyer.post("needs/" + need + "/contacts", Json.createObjectBuilder()
                            .add("offerId", offer).add("message", "Can you ship 80 a week?").build().toString())));
                    expect(200, s.moderatorApi().get("conversations/" + conversation + "/messages"));
                    return Expected.of(s.moderator, "conversation", conversation);
                });
    }
}
