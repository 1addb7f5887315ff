package eu.clusterhub.matchmaking;

import eu.clusterhub.testsupport.Api;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Offers and needs made through the API for a test. */
public final class TestListings {

    private TestListings() {
    }

    /** A need of valves for ventilators, delivered to Italy in a month; its id. */
    public static long need(Api owner, String title, long quantity) {
        String body = "{\"category\":\"ventilator-valves\",\"title\":\"" + title + "\",\"description\":\"Valves for our ICU.\","
                + "\"quantity\":" + quantity + ",\"neededBy\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(30)
                + "\",\"country\":\"IT\"}";
        return created(owner.post("needs", body));
    }

    /** An offer of valves for ventilators, shipped to Italy, valid for two months; its id. */
    public static long offer(Api owner, String title) {
        String body = "{\"category\":\"ventilator-valves\",\"title\":\"" + title + "\",\"description\":\"3D printed in PA12.\","
                + "\"capacityPerWeek\":500,\"countries\":[\"IT\"],\"validUntil\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(60) + "\"}";
        return created(owner.post("offers", body));
    }

    private static long created(Api.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError("the listing was not published: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }
}
