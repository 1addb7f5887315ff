package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.FormSession;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages travel light: compressed when the client accepts it (and only then), revalidated
 * with a tag of what they show (304 for a current copy, the new content at once after a
 * reply), signed-in pages private, feeds tagged by their bytes.
 */
class LightPagesIT extends DeployedPortal {

    /** As browsers talk to the portal (without TLS there is no HTTP/2 for them), see src/main/payara. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    @Test
    void textIsCompressedWhenTheClientAcceptsItAndOnlyThen() {
        for (String path : new String[] {"", "boards", "announcements", "api/boards", "feeds/announcements.atom"}) {
            HttpResponse<byte[]> gzipped = fetch(path, "Accept-Encoding", "gzip");
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzipped.headers().allValues("Vary").toString()).as(path).contains("Accept-Encoding");
            String text = gunzip(gzipped.body());
            HttpResponse<byte[]> plain = fetch(path, "Accept-Encoding", "identity");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzipped.body().length).as(path + ": compressed size").isLessThan(plain.body().length / 2);
            assertThat(text.length()).as(path).isGreaterThan(plain.body().length / 2);
        }
        String css = Http.get(base, "").body().replaceAll("(?s).*href=\"([^\"]*site\\.css[^\"]*)\".*", "$1").replace("&amp;", "&");
        HttpResponse<byte[]> stylesheet = fetchFromRoot(css, "Accept-Encoding", "gzip, deflate, br");
        assertThat(stylesheet.headers().firstValue("Content-Encoding")).as(css).hasValue("gzip");
        assertThat(gunzip(stylesheet.body())).contains(".site-header");
    }

    @Test
    void anAnonymousThreadPageIsNotModifiedUntilSomebodyReplies() {
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        Api.Reply created = member.post("boards/best-practices/threads", Json.createObjectBuilder()
                .add("title", "Cleaning 3D-printed valves " + System.nanoTime()).add("type", "experience")
                .add("body", "We rinse them in isopropanol.").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String page = "threads/" + created.json().getJsonNumber("id").longValue();

        HttpResponse<byte[]> first = viewCounted(page);
        assertThat(first.statusCode()).isEqualTo(200);
        String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + page));
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(first.headers().allValues("Vary").toString()).contains("Cookie");

        HttpResponse<byte[]> second = fetch(page);
        assertThat(second.headers().firstValue("ETag")).hasValue(tag);
        assertThat(new String(second.body(), StandardCharsets.UTF_8)).as("another reader of the same version")
                .isEqualTo(new String(first.body(), StandardCharsets.UTF_8));
        assertScriptsCarryTheNonceOfThePolicy(first);
        assertScriptsCarryTheNonceOfThePolicy(second);

        HttpResponse<byte[]> again = fetch(page, "If-None-Match", tag);
        assertThat(again.statusCode()).as("the reader's copy is current").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(fetch(page, "If-None-Match", "W/\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(fetch(page, "If-None-Match", "not even a tag").statusCode()).isEqualTo(200);

        Api.Reply reply = member.post(page + "/posts", "{\"body\":\"Then dry them at 40 degrees.\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        HttpResponse<byte[]> afterReply = fetch(page, "If-None-Match", tag);
        assertThat(afterReply.statusCode()).as("a reply changes the page").isEqualTo(200);
        assertThat(new String(afterReply.body(), StandardCharsets.UTF_8)).contains("Then dry them at 40 degrees.");
        assertThat(afterReply.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
        assertScriptsCarryTheNonceOfThePolicy(afterReply);
        assertThat(new String(fetch(page).body(), StandardCharsets.UTF_8)).contains("Then dry them at 40 degrees.");
    }

    /**
     * The page once this client's view of it is counted: views are written every few
     * seconds, and the count is part of what the page shows (and of its tag). Later views
     * from the same address are not counted again, so the page then stays as it is.
     */
    private HttpResponse<byte[]> viewCounted(String page) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            HttpResponse<byte[]> response = fetch(page);
            if (new String(response.body(), StandardCharsets.UTF_8).contains("· 1 view</span>")) {
                return response;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the view of " + page + " was not counted");
            }
            try {
                Thread.sleep(100);   // polling for a condition, not waiting for a time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every script tag of the page may run under the page's script policy. */
    private static void assertScriptsCarryTheNonceOfThePolicy(HttpResponse<byte[]> page) {
        String policy = page.headers().allValues("Content-Security-Policy").stream().filter(p -> p.contains("script-src"))
                .findFirst().orElseThrow(() -> new AssertionError("no script policy"));
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script[^>]*>").matcher(new String(page.body(), StandardCharsets.UTF_8));
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group()).contains("nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).as("the thread page's scripts").isPositive();
    }

    @Test
    void theHomeAndBoardListsAreNotModifiedUntilABoardIsAdded() {
        HttpResponse<byte[]> home = fetch("");
        HttpResponse<byte[]> boards = fetch("boards");
        HttpResponse<byte[]> announcements = fetch("announcements");
        String homeTag = home.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on the home page"));
        String boardsTag = boards.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on /boards"));
        String announcementsTag = announcements.headers().firstValue("ETag").orElseThrow();
        assertThat(homeTag).as("each page its own tag").isNotEqualTo(boardsTag);
        assertThat(fetch("", "If-None-Match", homeTag).statusCode()).isEqualTo(304);
        assertThat(fetch("boards", "If-None-Match", boardsTag).statusCode()).isEqualTo(304);
        assertThat(fetch("announcements", "If-None-Match", announcementsTag).statusCode()).isEqualTo(304);
        assertThat(fetch("announcements?page=2", "If-None-Match", announcementsTag).statusCode())
                .as("another page of the list is another page").isEqualTo(200);

        String slug = "light-" + System.nanoTime();
        Api admin = anonymous.as(accounts.adminToken());
        Api.Reply created = admin.post("admin/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Light pages " + slug
                + "\",\"description\":\"Where the tags are tested\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        HttpResponse<byte[]> newHome = fetch("", "If-None-Match", homeTag);
        assertThat(newHome.statusCode()).as("the home page lists the new board").isEqualTo(200);
        assertThat(new String(newHome.body(), StandardCharsets.UTF_8)).contains("Light pages " + slug);
        assertThat(fetch("boards", "If-None-Match", boardsTag).statusCode()).isEqualTo(200);
    }

    @Test
    void signedInPagesAreNeverTaggedOrShared() {
        TestAccounts.Caller caller = accounts.withRole("MEMBER");
        FormSession session = new FormSession(base);
        session.signIn(caller.email(), TestAccounts.PASSWORD);
        for (String path : new String[] {"", "boards", "boards/best-practices", "announcements", "profile"}) {
            HttpResponse<String> page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path + " is the signed-in page").contains("Sign out");
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(v -> assertThat(v).contains("private"));
            assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
        }
        HttpResponse<byte[]> anonymousBoard = fetch("boards/best-practices");
        assertThat(anonymousBoard.headers().firstValue("ETag")).as("the same page, anonymous").isPresent();
    }

    @Test
    void feedsAnswerNotModifiedToTheirOwnTag() {
        HttpResponse<byte[]> feed = fetch("feeds/announcements.atom");
        String tag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).as("a strong tag of the bytes").startsWith("\"");
        HttpResponse<byte[]> again = fetch("feeds/announcements.atom", "If-None-Match", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anUnknownThreadIsNotFoundWhateverTagIsSent() {
        HttpResponse<byte[]> unknown = fetch("threads/999999999", "If-None-Match", "*");
        assertThat(unknown.statusCode()).as("no thread, no 304").isEqualTo(404);
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path)), headers);
    }

    private HttpResponse<byte[]> fetchFromRoot(String absolutePath, String... headers) {
        return send(HttpRequest.newBuilder(java.net.URI.create(base.toExternalForm()).resolve(absolutePath)), headers);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }
}
