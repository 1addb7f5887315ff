package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.SitemapValidator;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * What search engines get: robots.txt, the sitemap index and its files as content changes
 * (checked against the sitemaps.org schemas), and the canonical link of pages that have
 * several addresses. Absolute URLs carry the configured base URL, which resolves nowhere,
 * so the test maps them back onto the server under test.
 */
class SitemapIT extends DeployedPortal {

    private static final String PUBLIC = TestMail.CONFIGURED_BASE;

    private Api anonymous;
    private TestAccounts accounts;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        accounts = new TestAccounts(anonymous);
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfPrivateAndEndlessPagesAndNamesTheSitemap() {
        HttpResponse<String> robots = Http.get(base, "robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body().lines()).contains("User-agent: *", "Disallow: /api/", "Disallow: /admin/", "Disallow: /moderation/",
                "Disallow: /password", "Disallow: /profile", "Disallow: /search?",
                "Sitemap: " + PUBLIC + "/sitemap.xml");
        assertThat(robots.body()).doesNotContain("Disallow: /boards", "Disallow: /threads", "Disallow: /announcements",
                "Disallow: /signin", "Disallow: /register");
    }

    @Test
    void aPublishedAnnouncementIsListedUntilItIsArchivedAndADraftNever() {
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        JsonObject published = publish(moderator, created(moderator, "Sitemap guidance on valves"));
        JsonObject draft = created(moderator, "Sitemap draft on masks");
        String publishedUrl = PUBLIC + "/announcements/" + published.getString("slug");

        List<String> listed = allSitemapUrls();
        assertThat(listed).contains(publishedUrl).doesNotContain(PUBLIC + "/announcements/" + draft.getString("slug"));

        Api.Reply archived = moderator.post("announcements/" + published.getJsonNumber("id") + "/archive", "");
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(allSitemapUrls()).doesNotContain(publishedUrl);
    }

    @Test
    void aNewThreadAndItsBoardAreListedWithTheirLastChange() {
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        long thread = startThread(member, "i-need-help", "Sitemap: who machines valve housings?");

        List<String> listed = allSitemapUrls();
        assertThat(listed).contains(PUBLIC + "/threads/" + thread, PUBLIC + "/boards/i-need-help");
        assertThat(listed).noneMatch(url -> url.contains("/api/") || url.contains("/admin/") || url.contains("?"));
    }

    @Test
    void offersAndNeedsAreListed() {
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        String until = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString();
        Api.Reply offer = member.post("offers", "{\"category\":\"warehousing\",\"title\":\"Sitemap: pallet space\",\"description\":\"Dry storage\","
                + "\"capacityPerWeek\":500,\"leadTimeDays\":2,\"validUntil\":\"" + until + "\"}");
        Api.Reply need = member.post("needs", "{\"category\":\"warehousing\",\"title\":\"Sitemap: pallet space needed\",\"description\":\"x\","
                + "\"quantity\":50,\"neededBy\":\"" + until + "\",\"country\":\"FR\"}");
        assertThat(offer.status()).as(offer.toString()).isEqualTo(201);
        assertThat(need.status()).as(need.toString()).isEqualTo(201);

        assertThat(allSitemapUrls()).contains(PUBLIC + "/offers/" + offer.json().getJsonNumber("id"),
                PUBLIC + "/needs/" + need.json().getJsonNumber("id"));
    }

    @Test
    void aForgedHostHeaderChangesNoAddress() throws IOException {
        String robots = rawGet("/robots.txt", "evil.example");
        String index = rawGet("/sitemap.xml", "evil.example");

        assertThat(robots).startsWith("HTTP/1.1 200").contains("Sitemap: " + PUBLIC + "/sitemap.xml").doesNotContain("evil.example");
        assertThat(index).startsWith("HTTP/1.1 200").contains("<loc>" + PUBLIC + "/sitemaps/").doesNotContain("evil.example");
    }

    @Test
    void aLaterPageOfAThreadIsItsOwnAddressAndItsTreeViewIsNot() {
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        long thread = startThread(member, "i-can-help", "Sitemap: a long thread on valve seals");
        for (int i = 1; i <= 50; i++) {
            Api.Reply reply = member.post("threads/" + thread + "/posts", Json.createObjectBuilder().add("body", "Reply " + i).build().toString());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }

        assertThat(canonical("threads/" + thread + "?page=2")).isEqualTo(PUBLIC + "/threads/" + thread + "?page=2");
        assertThat(canonical("threads/" + thread + "?page=2&view=tree")).isEqualTo(PUBLIC + "/threads/" + thread);
        assertThat(canonical("threads/" + thread + "?page=1")).isEqualTo(PUBLIC + "/threads/" + thread);
    }

    @Test
    void anUnchangedFileIsNotSentAgainToACrawlerThatHasIt() {
        HttpResponse<String> first = Http.get(base, "sitemap.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = Http.send(HttpRequest.newBuilder(Http.resolve(base, "sitemap.xml")).header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void addressesThatAreNoSitemapFileAreNotFound() {
        for (String path : List.of("sitemap-999.xml", "sitemaps/threads-999999999.xml", "sitemaps/threads-0.xml",
                "sitemaps/threads-abc.xml", "sitemaps/threads-1", "sitemaps/threads-99999999999999999999.xml",
                "sitemaps/nothing-1.xml", "sitemaps/", "sitemaps/Threads-1.xml", "sitemaps/threads-1.xml/x")) {
            assertThat(Http.get(base, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void pagesReachedThroughFiltersPagingAndQueryStringsNameOneCanonicalAddress() {
        Api admin = anonymous.as(accounts.adminToken());
        String board = "seo-" + System.nanoTime();
        Api.Reply created = admin.post("admin/boards", Json.createObjectBuilder().add("slug", board).add("name", "Canonical " + board)
                .add("description", "Paging for the canonical link").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api member = anonymous.as(accounts.withRole("MEMBER").token());
        long thread = IntStream.rangeClosed(1, 21).mapToLong(i -> startThread(member, board, "Paged thread " + i)).max().orElseThrow();

        assertThat(canonical("boards/" + board + "?page=2")).isEqualTo(PUBLIC + "/boards/" + board + "?page=2");
        assertThat(canonical("boards/" + board + "?page=2&type=request&utm_source=x")).isEqualTo(PUBLIC + "/boards/" + board);
        assertThat(canonical("boards/" + board + "?page=99")).as("past the end").isEqualTo(PUBLIC + "/boards/" + board);
        assertThat(canonical("boards/" + board)).isEqualTo(PUBLIC + "/boards/" + board);
        assertThat(canonical("threads/" + thread + "?view=tree")).isEqualTo(PUBLIC + "/threads/" + thread);
        assertThat(canonical("threads/" + thread + "?unread")).isEqualTo(PUBLIC + "/threads/" + thread);
        assertThat(canonical("announcements?country=IT&topic=medical-equipment&page=2")).isEqualTo(PUBLIC + "/announcements");
        assertThat(canonical("search?q=valves&kind=thread")).isEqualTo(PUBLIC + "/search");
        assertThat(canonical("announcements/commission-calls-industry-medical-equipment?utm_source=mail"))
                .isEqualTo(PUBLIC + "/announcements/commission-calls-industry-medical-equipment");
        assertThat(Jsoup.parse(Http.get(base, "boards/no-such-board-" + board).body()).select("link[rel=canonical]"))
                .as("an error page is no address to index").isEmpty();
    }

    /** Every URL of every file the index names, each file checked against the schema. */
    private List<String> allSitemapUrls() {
        HttpResponse<String> index = Http.get(base, "sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(SitemapValidator.indexProblems(index.body())).isEmpty();
        List<String> urls = new ArrayList<>();
        for (String file : locs(index.body())) {
            assertThat(file).startsWith(PUBLIC + "/sitemaps/");
            HttpResponse<String> part = Http.get(base, file.substring(PUBLIC.length() + 1));
            assertThat(part.statusCode()).as(file).isEqualTo(200);
            assertThat(SitemapValidator.urlsetProblems(part.body())).as(file).isEmpty();
            urls.addAll(locs(part.body()));
        }
        return urls;
    }

    private String canonical(String path) {
        HttpResponse<String> page = Http.get(base, path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        Elements links = html.head().select("link[rel=canonical]");
        assertThat(links).as(path).hasSize(1);
        return links.attr("href");
    }

    /** A GET with a Host header of the caller's choosing, which java.net.http does not allow: status line, headers and body. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> locs(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
            return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    private static JsonObject created(Api moderator, String title) {
        Api.Reply reply = moderator.post("announcements", Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Companies may now apply.")
                .add("bodyMarkdown", "The measure applies from today.")
                .add("sourceType", "european-commission")
                .add("issuingBody", "DG GROW")
                .add("topics", Json.createArrayBuilder().add("medical-equipment"))
                .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("url", "https://single-market-economy.ec.europa.eu/").add("label", "DG GROW")))
                .add("effectiveDate", "1983-03-20").build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject publish(Api moderator, JsonObject announcement) {
        Api.Reply reply = moderator.post("announcements/" + announcement.getJsonNumber("id") + "/publish", "");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static long startThread(Api member, String board, String title) {
        Api.Reply created = member.post("boards/" + board + "/threads", Json.createObjectBuilder().add("title", title)
                .add("type", "question").add("body", "Who can help with this: " + title + "?").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
