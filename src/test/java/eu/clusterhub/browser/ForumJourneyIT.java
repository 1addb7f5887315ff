package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.AdminBoardPage;
import eu.clusterhub.browser.pages.AdminBoardsPage;
import eu.clusterhub.browser.pages.BoardPage;
import eu.clusterhub.browser.pages.EditPostPage;
import eu.clusterhub.browser.pages.NewThreadPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.browser.pages.ThreadPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium: a member starts a request thread with Markdown and a preview,
 * another member replies quoting it, the author accepts the reply, and both the nested and
 * the chronological view show the solution.
 */
class ForumJourneyIT extends BrowserJourney {

    private static final String TITLE = "Need 500 ventilator valves a week";

    @Test
    void anAuthorEditsWithHistoryAStaleEditIsRefusedAndDeepLinksFindTheirPage() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller author = accounts.withRole("MEMBER");
        Api api = Api.anonymous(base).as(author.token());
        long id = api.post("boards/technological-solutions/threads", "{\"title\":\"Mask production line tips\","
                + "\"type\":\"solution\",\"body\":\"Use a ultrasonic welder.\"}").json().getJsonNumber("id").longValue();
        long last = 0;
        for (int i = 1; i <= 55; i++) {
            last = api.post("threads/" + id + "/posts", "{\"body\":\"Tip number " + i + "\"}").json().getJsonNumber("id").longValue();
        }

        long lastPost = last;
        SignInPage.open(driver, Http.root(base)).signIn(author.email(), TestAccounts.PASSWORD);
        ThreadPage deep = ThreadPage.open(driver, Http.root(base) + "threads/" + id + "#post-" + lastPost);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("post=" + lastPost));
        assertThat(deep.showsPost(lastPost)).as("the deep link lands on page 2").isTrue();

        EditPostPage edit = ThreadPage.open(driver, Http.root(base) + "threads/" + id).edit(0);
        assertThat(edit.text()).isEqualTo("Use a ultrasonic welder.");
        long firstPost = api.get("threads/" + id).json().getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.put("posts/" + firstPost, "{\"body\":\"Use an ultrasonic welder (edited elsewhere).\",\"version\":1}")
                .status()).isEqualTo(200);
        edit.replaceText("Use an **ultrasonic** welder at 20 kHz.").saveRefused();
        assertThat(edit.error()).contains("not saved");
        assertThat(edit.text()).as("the typed text is kept").isEqualTo("Use an **ultrasonic** welder at 20 kHz.");

        EditPostPage again = EditPostPage.open(driver, Http.root(base) + "edit-post/" + firstPost);
        ThreadPage saved = again.replaceText("Use an **ultrasonic** welder at 20 kHz.").save();
        assertThat(saved.posts().get(0)).contains("ultrasonic welder at 20 kHz").contains("edited");
        EditPostPage history = EditPostPage.open(driver, Http.root(base) + "edit-post/" + firstPost).openHistory();
        assertThat(history.versions()).hasSize(3).first().asString().startsWith("Version 3");
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    @Test
    void aRequestIsAnsweredWithAQuoteAndTheAnswerIsAccepted() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller requester = accounts.withRole("MEMBER");
        TestAccounts.Caller supplier = accounts.withRole("MEMBER");

        SignInPage.open(driver, Http.root(base)).signIn(requester.email(), TestAccounts.PASSWORD);
        NewThreadPage form = BoardPage.open(driver, Http.root(base), "i-need-help").startThread();
        assertThat(Accessibility.violations(driver)).isEmpty();
        form.write("", "request", "valves", "").submitRefused();
        assertThat(form.errorAt("title")).isEqualTo("Enter a title");
        assertThat(form.errorAt("body")).isEqualTo("Write something");

        form.write(TITLE, "request", "Ventilator valves, 3D printing",
                "Our hospital needs **500 valves** a week.\n\n- PA12 is fine\n- <script>alert(1)</script>");
        assertThat(form.livePreviewHtml("<strong>500 valves</strong>")).as("updates while typing")
                .contains("<li>PA12 is fine</li>").doesNotContain("<script>");
        form.preview();
        assertThat(form.previewHtml()).contains("<strong>500 valves</strong>").doesNotContain("<script>");
        ThreadPage thread = form.submit();
        assertThat(thread.heading()).isEqualTo(TITLE);
        assertThat(thread.posts()).hasSize(1);
        assertThat(thread.posts().get(0)).contains("500 valves").contains("<script>alert(1)</script>");
        String threadUrl = thread.currentUrl();
        assertThat(Accessibility.violations(driver)).isEmpty();
        thread.signOut();

        SignInPage.open(driver, Http.root(base)).signIn(supplier.email(), TestAccounts.PASSWORD);
        ThreadPage quoting = ThreadPage.open(driver, threadUrl).quote(0);
        assertThat(quoting.replyText()).startsWith("Test MEMBER wrote:").contains("> Our hospital needs **500 valves** a week.");
        ThreadPage answered = quoting.reply("We print them in PA12 and can ship 600 a week.");
        assertThat(answered.posts()).hasSize(2);
        assertThat(answered.posts().get(1)).contains("Test MEMBER wrote:").contains("We print them in PA12");
        answered.signOut();

        SignInPage.open(driver, Http.root(base)).signIn(requester.email(), TestAccounts.PASSWORD);
        ThreadPage solved = ThreadPage.open(driver, threadUrl).acceptFirstOffered();
        assertThat(solved.isSolved()).isTrue();
        assertThat(solved.acceptedSolution()).contains("We print them in PA12");

        ThreadPage nested = solved.nested();
        assertThat(nested.postClasses().get(1)).contains("post--depth-1").contains("post--accepted");
        assertThat(nested.acceptedSolution()).contains("We print them in PA12");
        assertThat(Accessibility.violations(driver)).isEmpty();
        ThreadPage flat = nested.flat();
        assertThat(flat.postClasses().get(1)).contains("post--accepted").doesNotContain("depth");
        assertThat(flat.posts()).hasSize(2);

        assertThat(BoardPage.open(driver, Http.root(base), "i-need-help").threadTitles()).contains(TITLE);
        new BoardPage(driver).signOut();

        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        SignInPage.open(driver, Http.root(base)).signIn(moderator.email(), TestAccounts.PASSWORD);
        ThreadPage locked = ThreadPage.open(driver, threadUrl).lock();
        assertThat(locked.isLocked()).isTrue();
        assertThat(locked.hasReplyForm()).as("a locked thread takes no replies").isFalse();
    }

    @Test
    void anAdminManagesBoardsAndAModeratorMovesAThreadIntoANewOne() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String name = "Medical devices " + suffix;
        String slug = "medical-devices-" + suffix;
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        Api member = Api.anonymous(base).as(accounts.withRole("MEMBER").token());
        long thread = member.post("boards/i-need-help/threads", "{\"title\":\"Masks for care homes " + suffix + "\","
                + "\"type\":\"request\",\"body\":\"FFP2, 10 000 a week.\"}").json().getJsonNumber("id").longValue();

        SignInPage.open(driver, Http.root(base)).signIn(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
        AdminBoardsPage admin = AdminBoardsPage.open(driver, Http.root(base));
        assertThat(Accessibility.violations(driver)).isEmpty();
        admin.add("", "Bad Slug", "");
        assertThat(admin.errorAt("slug")).contains("lower-case letters");
        assertThat(admin.errorAt("name")).contains("name");
        assertThat(admin.valueOf("slug")).as("what was typed is kept").isEqualTo("Bad Slug");

        admin.add(name, slug, "Valves, masks and ventilators: who makes what.");
        assertThat(admin.message()).contains("/boards/" + slug);
        List<String> names = admin.names();
        int position = names.indexOf(name);
        assertThat(position).isPositive();
        assertThat(admin.moveUp(name).names().indexOf(name)).isEqualTo(position - 1);

        String renamed = "Medical equipment " + suffix;
        AdminBoardPage edit = admin.edit(name);
        edit.renameRefused("");
        assertThat(edit.errorAt("name")).contains("name");
        assertThat(edit.rename(renamed, "Valves, masks, ventilators.").names()).contains(renamed).doesNotContain(name);

        ThreadPage moved = ThreadPage.open(driver, Http.root(base) + "threads/" + thread).moveTo(renamed);
        assertThat(moved.boardName()).isEqualTo(renamed);
        assertThat(BoardPage.open(driver, Http.root(base), slug).threadTitles()).containsExactly("Masks for care homes " + suffix);

        AdminBoardsPage.open(driver, Http.root(base)).archive(renamed);
        BoardPage archived = BoardPage.open(driver, Http.root(base), slug);
        assertThat(archived.isArchived()).isTrue();
        assertThat(archived.canStartThread()).isFalse();
        assertThat(ThreadPage.open(driver, Http.root(base) + "threads/" + thread).hasReplyForm()).as("archived: read-only").isFalse();
    }

    @Test
    void aMemberSeesNewAndUnreadThreadsAndJumpsToTheFirstUnreadPost() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        Api admin = Api.anonymous(base).as(accounts.adminToken());
        String slug = "reading-" + System.nanoTime() % 1_000_000;
        admin.post("admin/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Reading\",\"description\":\"Unread markers\"}");
        Api author = Api.anonymous(base).as(accounts.withRole("MEMBER").token());
        String title = "Nitrile gloves from Malaysia";
        long thread = author.post("boards/" + slug + "/threads", "{\"title\":\"" + title + "\",\"type\":\"experience\","
                + "\"body\":\"Lead times are 12 weeks.\"}").json().getJsonNumber("id").longValue();
        TestAccounts.Caller reader = accounts.withRole("MEMBER");

        SignInPage.open(driver, Http.root(base)).signIn(reader.email(), TestAccounts.PASSWORD);
        BoardPage board = BoardPage.open(driver, Http.root(base), slug);
        assertThat(board.readingBadge(title)).isEqualTo("New");
        assertThat(Accessibility.violations(driver)).isEmpty();
        ThreadPage.open(driver, Http.root(base) + "threads/" + thread).reply("Bei uns 10 Wochen.", "de");
        assertThat(new ThreadPage(driver).postLanguages()).containsExactly("en", "de");
        assertThat(BoardPage.open(driver, Http.root(base), slug).readingBadge(title)).as("read to the end").isEmpty();

        long firstNew = author.post("threads/" + thread + "/posts", "{\"body\":\"Update: 8 weeks now.\"}").json()
                .getJsonNumber("id").longValue();
        author.post("threads/" + thread + "/posts", "{\"body\":\"And prices fell.\"}");
        board = BoardPage.open(driver, Http.root(base), slug);
        assertThat(board.readingBadge(title)).isEqualTo("2 new");
        ThreadPage unread = board.openUnread(title);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("post=" + firstNew));
        assertThat(unread.showsPost(firstNew)).isTrue();
        assertThat(BoardPage.open(driver, Http.root(base), slug).readingBadge(title)).isEmpty();

        author.post("threads/" + thread + "/posts", "{\"body\":\"Shipping resumed.\"}");
        board = BoardPage.open(driver, Http.root(base), slug);
        assertThat(board.readingBadge(title)).isEqualTo("1 new");
        assertThat(board.markAllRead().readingBadge(title)).isEmpty();

        // views are written in batches every few seconds; the reader's visits count once
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            return new BoardPage(d).rowMeta(title).contains("1 view ");
        });
    }
}
