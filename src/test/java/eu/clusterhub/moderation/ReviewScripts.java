package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The review queue's staff actions (moderation.ModerationStaffActions): each script has a
 * member's reply reported on a board of its own, and the test's moderator acts on its item.
 */
class ReviewScripts implements StaffActionScripts {

    /** A reported reply: its author and its open review item. */
    private record Reported(TestAccounts.Caller author, long postId, JsonObject item) {
    }

    private static Reported reported(Staff s) {
        String board = Moderation.board(s.anonymous, s.accounts);
        TestAccounts.Caller author = s.member();
        Api authorApi = s.as(author);
        long thread = Moderation.thread(s.as(s.member()), board, "Audited review " + Staff.unique(), "en");
        long reply = Moderation.reply(authorApi, thread, "Cheap masks, write to me privately " + Staff.unique());
        expect(201, Moderation.flag(s.as(s.member()), "post", reply, "spam"));
        return new Reported(author, reply, Moderation.item(s.moderatorApi(), board, "post", reply));
    }

    private static Expected onPost(Staff s, JsonObjectBuilder input) {
        Reported r = reported(s);
        expect(200, Moderation.act(s.moderatorApi(), r.item, input));
        return Expected.of(s.moderator, "post", r.postId);
    }

    private static Expected onAuthor(Staff s, JsonObjectBuilder input) {
        Reported r = reported(s);
        expect(200, Moderation.act(s.moderatorApi(), r.item, input));
        return Expected.of(s.moderator, "account", r.author.id());
    }

    private static String nextWeek() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    }

    @Override
    public Map<String, Script> scripts() {
        return Map.of(
                "flag.keep", s -> onPost(s, Moderation.action("keep", "not spam")),
                "item.approve", s -> onPost(s, Moderation.action("approve", null)),
                "item.hide", s -> onPost(s, Moderation.action("hide", "advertising")),
                "item.edit", s -> onPost(s, Moderation.action("edit", "contact details removed").add("body", "Masks available.")),
                "item.delete", s -> onPost(s, Moderation.action("delete", "spam")),
                "account.warn", s -> onAuthor(s, Moderation.action("warn", "no advertising here")),
                "account.silence", s -> onAuthor(s, Moderation.action("silence", "repeated advertising").add("until", nextWeek())),
                "account.suspend-for", s -> onAuthor(s, Moderation.action("suspend", "fraudulent offers").add("until", nextWeek())));
    }
}
