package eu.clusterhub.forum;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.FormSession;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the thread page offers agrees with what the API allows, for every kind of caller and
 * every state of a thread: a button shown means the same call through the API succeeds, a
 * button hidden means the API refuses it (401, 403 or 409). The page is fetched with the
 * session of a sign-in over HTTP, the API called with the caller's token.
 *
 * <p>Each caller gets a thread of its own (a question with the author's first post, a reply
 * and a deleted reply of another member), so one caller's successful calls never change what
 * the next one sees; everything here is made by this class, under unique names. A state
 * change is tried after the calls it would affect, and undone where it can be.
 */
class PermissionAgreementIT extends DeployedPortal {

    private static final Set<Integer> REFUSED = Set.of(401, 403, 409);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern POST_ROW = Pattern.compile("<li class=\"[^\"]*\" id=\"post-(\\d+)\">(.*?)</li>", Pattern.DOTALL);

    enum State { OPEN, LOCKED, ARCHIVED }

    /** A kind of caller: its API client and its signed-in page session (none for anonymous). */
    private record Role(String name, Long accountId, Api api, FormSession pages) {
    }

    /** One caller's thread: the author's first post, another member's reply, and a reply that member deleted. */
    private record Fixture(long thread, long first, long reply, long deleted, long threadAuthor, long replyAuthor) {
        List<Long> posts() {
            return List.of(first, reply, deleted);
        }

        /** Whose the post is; a deleted post belongs to no one any more (its edit page is a 404). */
        Long author(long post) {
            if (post == first) {
                return threadAuthor;
            }
            return post == reply ? Long.valueOf(replyAuthor) : null;
        }
    }

    private Api anonymous;
    private TestAccounts accounts;
    private Api admin;
    private final List<String> disagreements = new ArrayList<>();
    /** For each action, whether some caller was allowed and some refused: a check that can only agree proves nothing. */
    private final Map<String, Set<Boolean>> outcomes = new java.util.TreeMap<>();

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
        admin = anonymous.as(accounts.adminToken());
    }

    @Test
    void anOpenThreadOffersExactlyWhatTheApiAllowsToEveryone() {
        agreeFor(State.OPEN);
    }

    @Test
    void aLockedThreadOffersExactlyWhatTheApiAllowsToEveryone() {
        agreeFor(State.LOCKED);
    }

    @Test
    void aThreadOfAnArchivedBoardOffersExactlyWhatTheApiAllowsToEveryone() {
        agreeFor(State.ARCHIVED);
    }

    private void agreeFor(State state) {
        TestAccounts.Caller author = accounts.withRole("MEMBER");
        TestAccounts.Caller replier = accounts.withRole("MEMBER");
        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        List<Role> roles = List.of(
                new Role("anonymous", null, anonymous, new FormSession(base)),
                role("unconfirmed member", accounts.unverified()),
                role("member", accounts.withRole("MEMBER")),
                role("thread author", author),
                role("reply author", replier),
                role("moderator", moderator),
                role("admin", accounts.withRole("ADMIN")));
        String board = newBoard(state.name().toLowerCase());
        String target = newBoard("target");
        Map<Role, Fixture> fixtures = new LinkedHashMap<>();
        for (Role role : roles) {
            fixtures.put(role, fixture(board, author, replier, anonymous.as(moderator.token()), state));
        }
        if (state == State.ARCHIVED) {
            expect(admin.post("admin/boards/" + board + "/archive", "{}"), 200);
        }

        for (Role role : roles) {
            agree(role, state, board, target, fixtures.get(role));
        }
        assertThat(disagreements).as("where the page and the API disagree (%s)", state).isEmpty();
        if (state == State.OPEN) {
            for (String action : List.of("start a thread", "reply", "reply to it", "edit", "mark helpful", "accept", "delete",
                    "lock", "pin", "move", "rename", "split", "close")) {
                assertThat(outcomes.get(action)).as("%s was allowed to someone and refused to someone", action)
                        .containsExactlyInAnyOrder(true, false);
            }
        }
    }

    /** Fetches the pages as the role first, then tries every action through the API. */
    private void agree(Role role, State state, String board, String target, Fixture f) {
        String where = state + ", " + role.name() + ": ";
        String boardPage = page(role, "boards/" + board);
        String threadPage = page(role, "threads/" + f.thread());
        Map<Long, String> rows = rows(threadPage);
        assertThat(rows.keySet()).as(where + "the page shows the posts").containsAll(f.posts());
        Map<Long, String> editPages = new LinkedHashMap<>();
        for (long post : f.posts()) {
            if (role.accountId() != null && role.accountId().equals(f.author(post))) {
                editPages.put(post, page(role, "edit-post/" + post));
            }
        }

        agree(where + "start a thread", boardPage.contains("id=\"new-thread\""),
                role.api().post("boards/" + board + "/threads", threadJson("Started by " + role.name())));
        agree(where + "reply", threadPage.contains("id=\"reply:body\""),
                role.api().post("threads/" + f.thread() + "/posts", "{\"body\":\"A reply by " + role.name() + "\"}"));
        for (long post : f.posts()) {
            String row = rows.get(post);
            String what = where + "post " + label(f, post) + ": ";
            agree(what + "reply to it", row.contains("class=\"reply-link\""), role.api().post("threads/" + f.thread() + "/posts",
                    "{\"body\":\"Answering " + post + "\",\"parentId\":" + post + "}"));
            if (row.contains("class=\"quote-link\"")) {
                assertThat(row).as(what + "quoting is replying with the text").contains("class=\"reply-link\"");
                assertThat(post).as(what + "a deleted post has no text to quote").isNotEqualTo(f.deleted());
            }
            boolean edit = row.contains("class=\"edit-link\"");
            Api.Reply edited = role.api().put("posts/" + post, "{\"body\":\"Edited by " + role.name() + "\",\"version\":"
                    + version(f.thread(), post) + "}");
            agree(what + "edit", edit, edited);
            if (editPages.containsKey(post)) {
                // the author's edit page offers Save and Delete by the same rules
                agree(what + "save on the edit page", editPages.get(post).contains("id=\"edit:save\""), edited);
            }
            Api.Reply marked = role.api().post("posts/" + post + "/helpful", "");
            agree(what + "mark helpful", row.contains("helpful-button"), marked);
            if (marked.status() == 200) {
                expect(role.api().post("posts/" + post + "/helpful", ""), 200); // the mark toggles: take it back
            }
            agree(what + "accept", row.contains("accept-button"), role.api().post("posts/" + post + "/accept", ""));
        }
        for (long post : f.posts()) {
            String what = where + "post " + label(f, post) + ": ";
            boolean onEditPage = editPages.containsKey(post) && editPages.get(post).contains("id=\"edit:delete\"");
            Api.Reply deleted = role.api().delete("posts/" + post);
            agree(what + "delete", rows.get(post).contains("delete-button"), deleted);
            if (editPages.containsKey(post)) {
                agree(what + "delete on the edit page", onEditPage, deleted);
            }
        }
        // the thread tools: rename (any board), split and merge (open boards; the merge form shows with the split one)
        agree(where + "rename", threadPage.contains("id=\"rename-tool:rename\""), role.api().put("threads/" + f.thread() + "/title",
                "{\"title\":\"Renamed by " + role.name() + "\"}"));
        assertThat(threadPage.contains("id=\"merge-tool:merge\"")).as(where + "merge and split go together")
                .isEqualTo(threadPage.contains("id=\"split-tool:split\""));
        agree(where + "split", threadPage.contains("id=\"split-tool:split\""), role.api().post("threads/" + f.thread() + "/split",
                "{\"postIds\":[" + f.deleted() + "],\"title\":\"Split by " + role.name() + "\"}"));
        toggle(where + "close", threadPage, "close-tool:close", "close-tool:reopen", role.api(), "threads/" + f.thread(), "close",
                "reopen", "locked");
        toggle(where + "lock", threadPage, "posts:lock", "posts:unlock", role.api(), "threads/" + f.thread(), "lock", "unlock",
                "locked");
        toggle(where + "pin", threadPage, "posts:pin", "posts:unpin", role.api(), "threads/" + f.thread(), "pin", "unpin",
                "pinned");
        boolean move = threadPage.contains("id=\"posts:move\"");
        if (move) {
            assertThat(threadPage).as(where + "the open board is a target").contains("value=\"" + target + "\"");
        }
        // the last call: the thread may leave its board (and, archived, could not come back)
        agree(where + "move", move, role.api().post("threads/" + f.thread() + "/move", "{\"board\":\"" + target + "\"}"));
    }

    /**
     * A pair of buttons of which the page shows the one that changes something (Lock on an
     * open thread, Unlock on a locked one): the one shown must succeed, and is undone; the
     * one hidden must be refused, unless the caller may use the pair, in which case the API
     * does it and nothing changes.
     */
    private void toggle(String what, String page, String onId, String offId, Api api, String thread, String on, String off,
                        String flag) {
        boolean showsOn = page.contains("id=\"" + onId + "\"");
        boolean showsOff = page.contains("id=\"" + offId + "\"");
        assertThat(showsOn && showsOff).as(what + ": never both faces").isFalse();
        boolean before = anonymous.get(thread).json().getBoolean(flag);
        String shown = before ? off : on;
        String hidden = before ? on : off;
        boolean offered = before ? showsOff : showsOn;
        Api.Reply noOp = api.post(thread + "/" + hidden, "");
        if (offered) {
            expect(noOp, 200);
            assertThat(anonymous.get(thread).json().getBoolean(flag)).as(what + ": " + hidden + " changed nothing").isEqualTo(before);
        } else {
            agree(what + " (" + hidden + ")", false, noOp);
        }
        Api.Reply changed = api.post(thread + "/" + shown, "");
        agree(what + " (" + shown + ")", offered, changed);
        if (changed.status() == 200) {
            expect(api.post(thread + "/" + hidden, ""), 200);
        }
    }

    private void agree(String what, boolean shown, Api.Reply reply) {
        boolean allowed = reply.status() >= 200 && reply.status() < 300;
        if (!allowed && !REFUSED.contains(reply.status())) {
            throw new AssertionError(what + ": the API neither allowed nor refused: " + reply);
        }
        if (shown != allowed) {
            disagreements.add(what + ": " + (shown ? "shown" : "hidden") + " but the API answered " + reply);
        }
        String action = what.substring(what.lastIndexOf(": ") + 2).replaceAll(" \\(.*\\)$", "");
        outcomes.computeIfAbsent(action, a -> new java.util.HashSet<>()).add(allowed);
    }

    private Fixture fixture(String board, TestAccounts.Caller threadAuthor, TestAccounts.Caller replyAuthor, Api moderator,
                            State state) {
        Api author = anonymous.as(threadAuthor.token());
        Api other = anonymous.as(replyAuthor.token());
        Api.Reply started = author.post("boards/" + board + "/threads", threadJson("Which valve fits? " + SEQUENCE.incrementAndGet()));
        expect(started, 201);
        long thread = started.json().getJsonNumber("id").longValue();
        long first = anonymous.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();
        // every fixture's texts differ: one member writing the same text a third time within ten minutes is held as spam
        long reply = id(other.post("threads/" + thread + "/posts", "{\"body\":\"This one fits (" + thread + ").\"}"));
        long deleted = id(other.post("threads/" + thread + "/posts", "{\"body\":\"Wrong thread, sorry (" + thread + ").\"}"));
        expect(other.delete("posts/" + deleted), 200);
        if (state == State.LOCKED) {
            expect(moderator.post("threads/" + thread + "/lock", ""), 200);
        }
        return new Fixture(thread, first, reply, deleted, threadAuthor.id(), replyAuthor.id());
    }

    private String newBoard(String what) {
        String slug = "agree-" + what + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        expect(admin.post("admin/boards", Json.createObjectBuilder().add("slug", slug).add("name", "Agreement " + slug)
                .add("description", "Made by the permission agreement test").build().toString()), 201);
        return slug;
    }

    private long version(long thread, long post) {
        return anonymous.get("threads/" + thread).json().getJsonArray("posts").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == post).findFirst().orElseThrow()
                .getJsonNumber("version").longValue();
    }

    private static String label(Fixture f, long post) {
        return post == f.first() ? "first" : post == f.reply() ? "reply" : "deleted reply";
    }

    private static String threadJson(String title) {
        return Json.createObjectBuilder().add("title", title).add("type", "question").add("body", "We need **valves**: " + title + ".")
                .build().toString();
    }

    private static long id(Api.Reply reply) {
        expect(reply, 201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static void expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    }

    /** Each post's row on the thread page, by post id. */
    private static Map<Long, String> rows(String page) {
        Map<Long, String> rows = new LinkedHashMap<>();
        Matcher row = POST_ROW.matcher(page);
        while (row.find()) {
            rows.put(Long.valueOf(row.group(1)), row.group(2));
        }
        return rows;
    }

    // --- pages as a signed-in member: the session of a sign-in through the sign-in form

    private Role role(String name, TestAccounts.Caller caller) {
        FormSession pages = new FormSession(base);
        HttpResponse<String> signedIn = pages.submit("signin", "signin", Map.of("signin:email", caller.email(),
                "signin:password", TestAccounts.PASSWORD, "signin:submit", "Sign in"));
        assertThat(signedIn.statusCode()).as("sign-in of " + caller.email() + ": " + signedIn.body()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/profile"));
        return new Role(name, caller.id(), anonymous.as(caller.token()), pages);
    }

    private String page(Role role, String path) {
        HttpResponse<String> page = role.pages().get(path);
        assertThat(page.statusCode()).as(role.name() + " /" + path).isEqualTo(200);
        if (role.accountId() != null) {
            assertThat(page.body()).as(role.name() + " is signed in on /" + path).contains("id=\"profile-link\"");
        }
        return page.body();
    }

}
