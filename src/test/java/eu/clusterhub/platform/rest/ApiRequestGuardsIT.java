package eu.clusterhub.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.FormSession;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guards every API call passes: the CSRF rule for cookie sessions (a write with the
 * session cookie needs the X-Requested-With header; a Bearer token needs nothing more) and
 * the size limit of request bodies (413, nothing stored).
 */
class ApiRequestGuardsIT extends DeployedPortal {

    private Api anonymous;
    private TestAccounts accounts;
    private String board;

    @BeforeEach
    void aBoardOfItsOwn() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
        board = "guards-" + System.nanoTime();
        Api.Reply created = anonymous.as(accounts.adminToken()).post("admin/boards", Json.createObjectBuilder()
                .add("slug", board).add("name", "Guards " + board).add("description", "Made by ApiRequestGuardsIT").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void aCookieSessionChangesNothingWithoutTheHeaderWhileBearerTokensNeedNone() {
        TestAccounts.Caller member = accounts.withRole("MEMBER");
        FormSession browser = new FormSession(base);
        browser.signIn(member.email(), TestAccounts.PASSWORD);
        assertThat(browser.send("api/me", HttpRequest.Builder::GET).statusCode()).as("reads need no header").isEqualTo(200);

        HttpResponse<String> forged = browser.send("api/boards/" + board + "/threads", r -> json(r, thread("Forged")));
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problems.MEDIA_TYPE));
        assertThat(Http.json(forged).getString("title")).isEqualTo("Cross-site request refused");
        assertThat(threadCount()).as("nothing was stored").isZero();

        HttpResponse<String> ownPage = browser.send("api/boards/" + board + "/threads",
                r -> json(r, thread("From the page")).header("X-Requested-With", "fetch"));
        assertThat(ownPage.statusCode()).as(ownPage.body()).isEqualTo(201);
        long thread = Http.json(ownPage).getJsonNumber("id").longValue();

        TestAccounts.Caller other = accounts.withRole("MEMBER");
        FormSession otherBrowser = new FormSession(base);
        otherBrowser.signIn(other.email(), TestAccounts.PASSWORD);
        long firstPost = anonymous.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> bodyless = otherBrowser.send("api/posts/" + firstPost + "/helpful",
                r -> r.POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(bodyless.statusCode()).as("a POST without a body: " + bodyless.body()).isEqualTo(403);
        assertThat(Http.json(bodyless).getString("title")).isEqualTo("Cross-site request refused");
        HttpResponse<String> delete = browser.send("api/posts/" + firstPost, HttpRequest.Builder::DELETE);
        assertThat(delete.statusCode()).as("the author's own delete: " + delete.body()).isEqualTo(403);
        assertThat(Http.json(delete).getString("title")).isEqualTo("Cross-site request refused");
        assertThat(anonymous.get("threads/" + thread).json().getJsonArray("posts").getJsonObject(0).getBoolean("deleted")).isFalse();

        Api.Reply bearer = anonymous.as(other.token()).post("posts/" + firstPost + "/helpful", "");
        assertThat(bearer.status()).as(bearer.toString()).isEqualTo(200);
        assertThat(anonymous.as(member.token()).post("boards/" + board + "/threads", thread("By token")).status()).isEqualTo(201);
        assertThat(threadCount()).isEqualTo(2);
    }

    @Test
    void theMarkdownPreviewOfThePagesStillWorksWithTheHeader() {
        TestAccounts.Caller member = accounts.withRole("MEMBER");
        FormSession browser = new FormSession(base);
        browser.signIn(member.email(), TestAccounts.PASSWORD);
        HttpResponse<String> preview = browser.send("api/markdown/preview",
                r -> json(r, "{\"markdown\":\"**bold**\"}").header("X-Requested-With", "fetch"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(Http.json(preview).getString("html")).contains("<strong>bold</strong>");
        assertThat(anonymous.post("markdown/preview", "{\"markdown\":\"*x*\"}").status()).as("no cookie, no header").isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndNothingIsStored() {
        String token = accounts.withRole("MEMBER").token();
        String huge = thread("Huge").replace("We need valves.", "v".repeat(1_100_000));

        // refused on its Content-Length alone: with Expect: 100-continue the client sends the
        // body only when the server starts reading it, which it never does
        HttpResponse<String> declared = Http.send(threads(token).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(declared.statusCode()).as("Content-Length above the limit: " + declared.body()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problems.MEDIA_TYPE));
        assertThat(Http.json(declared).getInt("status")).isEqualTo(413);

        // no Content-Length (chunked): counted while read, refused at the first byte too many
        String overByALittle = thread("Chunked").replace("We need valves.", "v".repeat(1_048_576));
        HttpResponse<String> chunked = Http.send(threads(token).POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(overByALittle.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.statusCode()).as("a chunked body: " + chunked.body()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problems.MEDIA_TYPE));
        assertThat(threadCount()).as("nothing was stored").isZero();

        Api.Reply underTheLimit = anonymous.post("markdown/preview", "{\"markdown\":\"" + "y".repeat(60_000) + "\"}");
        assertThat(underTheLimit.status()).as("a body under the limit reaches the call's own checks").isEqualTo(400);
    }

    private HttpRequest.Builder threads(String token) {
        // HTTP/1.1: an HTTP/2 upgrade (h2c) would wrap the request in a protocol switch
        return HttpRequest.newBuilder(Http.resolve(base, "api/boards/" + board + "/threads")).version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private long threadCount() {
        return anonymous.get("boards/" + board + "/threads").json().getJsonNumber("total").longValue();
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String thread(String title) {
        return Json.createObjectBuilder().add("title", title + " " + System.nanoTime()).add("type", "question")
                .add("body", "We need valves.").build().toString();
    }
}
