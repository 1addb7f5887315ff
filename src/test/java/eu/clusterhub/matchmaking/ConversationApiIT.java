package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import eu.clusterhub.testsupport.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contact requests and private conversations over HTTP: both ways, one conversation per
 * (need, offer), unread counts, the mail without the text, privacy (404 to a third member,
 * recorded moderator reads), the refusals and bad input (nothing stored), sanitized messages,
 * and the per-account limit on messages.
 */
class ConversationApiIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    private static String contact(String field, long id, String message) {
        return Json.createObjectBuilder().add(field, id).add("message", message).build().toString();
    }

    private static String message(String text) {
        return Json.createObjectBuilder().add("message", text).build().toString();
    }

    private static long id(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private static JsonObject inboxItem(Api member, long conversation) {
        Api.Reply inbox = member.get("conversations");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return inbox.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == conversation).findFirst()
                .orElseThrow(() -> new AssertionError("conversation " + conversation + " not in " + inbox));
    }

    @Test
    void aBuyerContactsASupplierWhoReadsAndAnswersWithUnreadCountsAndAMailWithoutTheText() {
        TestAccounts.Caller buyerAccount = accounts.withRole("MEMBER");
        TestAccounts.Caller supplierAccount = accounts.withRole("MEMBER");
        Api buyer = anonymous.as(buyerAccount.token());
        Api supplier = anonymous.as(supplierAccount.token());
        long need = TestListings.need(buyer, "Valves for the ICU in Bergamo", 2000);
        long offer = TestListings.offer(supplier, "PA12 printed valves");

        Api.Reply opened = buyer.post("needs/" + need + "/contacts", contact("offerId", offer, "Can you ship **800** by the 20th?"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long conversation = id(opened);
        assertThat(opened.response().headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/conversations/" + conversation));
        assertThat(opened.json().getBoolean("opened")).isTrue();
        assertThat(opened.json().getString("role")).isEqualTo("need-owner");
        assertThat(opened.json().getJsonObject("message").getString("bodyHtml")).contains("<strong>800</strong>");
        assertThat(anonymous.get("needs/" + need).json().getString("status")).isEqualTo("in-contact");

        // a notification like any other: the bell, and a mail at once by default (coalesced for a few seconds here)
        String mail = TestMail.to(supplierAccount.email(), "sent you a contact request: Valves for the ICU in Bergamo");
        assertThat(mail).contains("/conversations/" + conversation).doesNotContain("800").doesNotContain("Can you ship");
        assertThat(mail).as("links from the configured address").contains(TestMail.CONFIGURED_BASE + "/conversations/" + conversation);

        Api.Reply again = buyer.post("needs/" + need + "/contacts", contact("offerId", offer, "And 400 more in March?"));
        assertThat(again.status()).as("a second request adds to the same conversation: " + again).isEqualTo(200);
        assertThat(id(again)).isEqualTo(conversation);
        assertThat(again.json().getBoolean("opened")).isFalse();

        Api.Reply inbox = supplier.get("conversations");
        assertThat(inbox.body()).doesNotContain(buyerAccount.email()).doesNotContain(supplierAccount.email());
        JsonObject row = inboxItem(supplier, conversation);
        assertThat(row.getInt("unread")).isEqualTo(2);
        assertThat(inbox.json().getJsonNumber("unreadTotal").longValue()).isEqualTo(2);
        assertThat(row.getJsonObject("otherParty").getString("displayName")).isEqualTo("Test MEMBER");
        assertThat(row.getJsonObject("otherParty").getString("organisation")).isEqualTo("Precision Valves SpA");
        assertThat(row.getJsonObject("need").getString("title")).isEqualTo("Valves for the ICU in Bergamo");
        assertThat(row.getJsonObject("offer").getJsonNumber("id").longValue()).isEqualTo(offer);
        assertThat(row.getString("role")).isEqualTo("offer-owner");
        assertThat(row.getString("lastMessageAt")).isNotBlank();
        assertThat(inboxItem(buyer, conversation).getInt("unread")).as("one's own messages are read").isZero();

        Api.Reply read = supplier.get("conversations/" + conversation + "/messages");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(buyerAccount.email());
        List<JsonObject> messages = read.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(messages).extracting(m -> m.getString("body"))
                .containsExactly("Can you ship **800** by the 20th?", "And 400 more in March?");
        assertThat(read.json().getBoolean("readRecorded")).isFalse();
        assertThat(inboxItem(supplier, conversation).getInt("unread")).as("read").isZero();
        assertThat(supplier.get("conversations").json().getJsonNumber("unreadTotal").longValue()).as("the counter follows the read")
                .isZero();

        Api.Reply answer = supplier.post("conversations/" + conversation + "/messages",
                message("Yes: 800 by the 20th. Call me on +39 035 000000."));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().getBoolean("mine")).isTrue();
        assertThat(inboxItem(buyer, conversation).getInt("unread")).isEqualTo(1);
        assertThat(buyer.get("conversations").json().getJsonNumber("unreadTotal").longValue()).isEqualTo(1);
        assertThat(TestMail.to(buyerAccount.email(), "sent you a message: Valves for the ICU in Bergamo"))
                .contains("/conversations/" + conversation).doesNotContain("+39 035");
        List<JsonObject> seenByBuyer = buyer.get("conversations/" + conversation + "/messages").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(seenByBuyer).hasSize(3);
        assertThat(seenByBuyer.get(2).getString("body")).contains("800 by the 20th");
        assertThat(seenByBuyer.get(2).getBoolean("mine")).isFalse();
        assertThat(inboxItem(buyer, conversation).getInt("unread")).isZero();
        assertThat(inboxItem(buyer, conversation).getInt("messageCount")).isEqualTo(3);
    }

    @Test
    void aSupplierContactsABuyerFromTheirOfferAndConversationsComeNewestFirst() {
        TestAccounts.Caller buyerAccount = accounts.withRole("MEMBER");
        Api buyer = anonymous.as(buyerAccount.token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        long firstNeed = TestListings.need(buyer, "Gloves for care homes", 5000);
        long secondNeed = TestListings.need(buyer, "Valves for Brescia", 300);
        long offer = TestListings.offer(supplier, "Valves from Modena");

        Api.Reply first = supplier.post("offers/" + offer + "/contacts", contact("needId", firstNeed, "We can help."));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("role")).isEqualTo("offer-owner");
        Api.Reply second = supplier.post("offers/" + offer + "/contacts", contact("needId", secondNeed, "Also with this one."));
        assertThat(second.status()).isEqualTo(201);
        assertThat(id(second)).isNotEqualTo(id(first));

        Api.Reply inbox = buyer.get("conversations?page=1&size=100");
        List<Long> order = inbox.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList();
        assertThat(order).containsExactly(id(second), id(first));
        assertThat(inbox.json().getInt("total")).isEqualTo(2);
        assertThat(TestMail.to(buyerAccount.email(), "Valves for Brescia")).contains("sent you a contact request");
        assertThat(buyer.get("conversations?size=101").status()).isEqualTo(400);
        assertThat(buyer.get("conversations?page=0").status()).isEqualTo(400);
    }

    @Test
    void aConversationIsPrivateAModeratorsReadIsRecordedAndAModeratorDoesNotWrite() {
        Api buyer = anonymous.as(accounts.withRole("MEMBER").token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        Api stranger = anonymous.as(accounts.withRole("MEMBER").token());
        TestAccounts.Caller moderatorAccount = accounts.withRole("MODERATOR");
        Api moderator = anonymous.as(moderatorAccount.token());
        long need = TestListings.need(buyer, "Masks for a school", 1000);
        long offer = TestListings.offer(supplier, "Valves, any quantity");
        long conversation = id(buyer.post("needs/" + need + "/contacts", contact("offerId", offer, "My phone: 0123")));

        Api.Reply strangerRead = stranger.get("conversations/" + conversation + "/messages");
        Api.Reply unknownRead = stranger.get("conversations/" + (conversation + 1_000_000) + "/messages");
        assertThat(strangerRead.status()).isEqualTo(404);
        assertThat(strangerRead.json().getString("detail")).isEqualTo(unknownRead.json().getString("detail"));
        assertThat(strangerRead.body()).doesNotContain("0123");
        assertThat(stranger.post("conversations/" + conversation + "/messages", message("Hi")).status()).isEqualTo(404);
        assertThat(stranger.get("conversations/" + conversation + "/accesses").status()).isEqualTo(404);
        assertThat(stranger.get("conversations").json().getInt("total")).isZero();
        assertThat(anonymous.get("conversations/" + conversation + "/messages").status()).isEqualTo(401);
        assertThat(anonymous.get("conversations").status()).isEqualTo(401);

        Api.Reply moderated = moderator.get("conversations/" + conversation + "/messages");
        assertThat(moderated.status()).as(moderated.toString()).isEqualTo(200);
        assertThat(moderated.json().getBoolean("readRecorded")).isTrue();
        assertThat(moderated.json().getJsonObject("conversation").getString("role")).isEqualTo("moderator");
        moderator.get("conversations/" + conversation + "/messages");
        Api.Reply written = moderator.post("conversations/" + conversation + "/messages", message("Moderator here"));
        assertThat(written.status()).as(written.toString()).isEqualTo(403);
        assertThat(supplier.get("conversations/" + conversation + "/messages").json().getJsonArray("items")).hasSize(1);

        Api.Reply accesses = buyer.get("conversations/" + conversation + "/accesses");
        assertThat(accesses.status()).as(accesses.toString()).isEqualTo(200);
        assertThat(accesses.json().getInt("total")).as("both reads are recorded").isEqualTo(2);
        assertThat(accesses.json().getJsonArray("items").getJsonObject(0).getJsonObject("moderator").getJsonNumber("id")
                .longValue()).isEqualTo(moderatorAccount.id());
        assertThat(recordedReads(conversation, moderatorAccount.id())).isEqualTo(2);
        assertThat(inboxItem(supplier, conversation).getInt("unread")).as("a moderator's read marks nothing read")
                .isZero();
    }

    private static int recordedReads(long conversation, long moderator) {
        try (var connection = TestDatabase.SHARED.open();
             var statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM conversation_access WHERE conversation_id = ? AND moderator_id = ?")) {
            statement.setLong(1, conversation);
            statement.setLong(2, moderator);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusalsAndBadInputStoreNothing() {
        Api buyer = anonymous.as(accounts.withRole("MEMBER").token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        Api stranger = anonymous.as(accounts.withRole("MEMBER").token());
        long need = TestListings.need(buyer, "Gowns for Lodi", 700);
        long ownOffer = TestListings.offer(buyer, "Our own spare valves");
        long offer = TestListings.offer(supplier, "Valves made in Turin");

        Api.Reply own = buyer.post("needs/" + need + "/contacts", contact("offerId", ownOffer, "Hello me"));
        assertThat(own.status()).as(own.toString()).isEqualTo(409);
        assertThat(own.json().getString("title")).isEqualTo("Own listing");
        assertThat(stranger.post("needs/" + need + "/contacts", contact("offerId", offer, "Not mine")).status())
                .as("someone else's need as the sender").isEqualTo(403);
        assertThat(stranger.post("offers/" + offer + "/contacts", contact("needId", need, "Not mine")).status()).isEqualTo(403);
        assertThat(buyer.post("needs/999999999/contacts", contact("offerId", offer, "Hi")).status()).isEqualTo(404);
        assertThat(buyer.post("needs/" + need + "/contacts", contact("offerId", 999_999_999L, "Hi")).status()).isEqualTo(404);
        assertThat(buyer.post("needs/abc/contacts", contact("offerId", offer, "Hi")).status()).isEqualTo(404);

        Api.Reply missing = buyer.post("needs/" + need + "/contacts", "{\"message\":\"Hi\"}");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("offerId");
        Api.Reply empty = buyer.post("needs/" + need + "/contacts", contact("offerId", offer, "   \n "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("message");
        Api.Reply tooLong = buyer.post("needs/" + need + "/contacts", contact("offerId", offer, "x".repeat(10_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("10,000");
        assertThat(buyer.post("needs/" + need + "/contacts", "{\"offerId\":\"x\",\"message\":\"Hi\"}").status()).isEqualTo(400);
        assertThat(buyer.post("needs/" + need + "/contacts", "[1]").status()).isEqualTo(400);
        assertThat(anonymous.post("needs/" + need + "/contacts", contact("offerId", offer, "Hi")).status()).isEqualTo(401);

        assertThat(buyer.get("conversations").json().getInt("total")).as("nothing stored").isZero();
        assertThat(supplier.get("conversations").json().getInt("total")).isZero();
        assertThat(anonymous.get("needs/" + need).json().getString("status")).isEqualTo("open");

        long conversation = id(buyer.post("needs/" + need + "/contacts", contact("offerId", offer, "A real one")));
        assertThat(supplier.post("conversations/" + conversation + "/messages", message("")).status()).isEqualTo(400);
        assertThat(supplier.post("conversations/" + conversation + "/messages", "{\"message\":5}").status()).isEqualTo(400);
        assertThat(inboxItem(supplier, conversation).getInt("messageCount")).isEqualTo(1);

        assertThat(supplier.delete("offers/" + offer).status()).isEqualTo(200);
        Api.Reply closed = buyer.post("needs/" + need + "/contacts", contact("offerId", offer, "Still there?"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(inboxItem(supplier, conversation).getInt("messageCount")).isEqualTo(1);
    }

    @Test
    void messagesAreSanitizedMarkdown() {
        Api buyer = anonymous.as(accounts.withRole("MEMBER").token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        long need = TestListings.need(buyer, "Ventilator valves for Pavia", 100);
        long offer = TestListings.offer(supplier, "Valves in any size");
        String hostile = "Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) *ok*";
        long conversation = id(buyer.post("needs/" + need + "/contacts", contact("offerId", offer, hostile)));

        JsonObject stored = supplier.get("conversations/" + conversation + "/messages").json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(stored.getString("body")).isEqualTo(hostile);
        assertThat(stored.getString("bodyHtml")).contains("<em>ok</em>").doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("onerror=").doesNotContain("javascript:");
    }

    @Test
    void messagesPerAccountAreLimited() {
        Api buyer = anonymous.as(accounts.withRole("MEMBER").token());
        Api supplier = anonymous.as(accounts.withRole("MEMBER").token());
        long need = TestListings.need(buyer, "Valves for a field hospital", 100);
        long offer = TestListings.offer(supplier, "Valves, quick delivery");
        long conversation = id(buyer.post("needs/" + need + "/contacts", contact("offerId", offer, "Message 1")));
        for (int i = 2; i <= TestDatabase.MESSAGES_PER_ACCOUNT_PER_HOUR; i++) {
            Api.Reply sent = buyer.post("conversations/" + conversation + "/messages", message("Message " + i));
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        }
        Api.Reply refused = buyer.post("conversations/" + conversation + "/messages", message("One too many"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.response().headers().firstValue("Retry-After")).isPresent();
        assertThat(inboxItem(supplier, conversation).getInt("messageCount")).isEqualTo(TestDatabase.MESSAGES_PER_ACCOUNT_PER_HOUR);
        assertThat(supplier.post("conversations/" + conversation + "/messages", message("The other side still writes"))
                .status()).isEqualTo(201);
    }
}
