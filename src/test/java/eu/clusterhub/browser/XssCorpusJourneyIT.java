package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The XSS corpus ({@code src/test/resources/xss/payloads.txt}, 69 payloads: attribute
 * breaking, SVG and event handlers, javascript:/data:/vbscript: URLs plain, entity- and
 * unicode-escaped and in mixed case, Markdown link and image tricks, autolinks, raw HTML
 * blocks, CSS expressions, iframe/object/embed, meta refresh, templates) sent through every
 * text input of the API: thread titles, bodies and tags, replies, post edits, announcement
 * title, summary, body, issuing body and link labels (link URLs must be refused), board
 * name and description, display and organisation names at registration, token names,
 * titles and descriptions of offers and needs, and a contact request's message.
 * None may come back as live markup: not in the API's HTML fields, not in the Atom feeds,
 * not in the pages that show them, where Chromium records any alert/confirm/prompt and
 * every on* attribute, script, frame and javascript:/data: URL. Payloads are packed
 * several to a field, so a few dozen requests and a dozen page loads cover them.
 */
class XssCorpusJourneyIT extends BrowserJourney {

    private static final List<String> PAYLOADS = load();
    private static final Pattern DANGEROUS_URL = Pattern.compile("^(javascript|data|vbscript):.*", Pattern.DOTALL);
    private static final Set<String> DANGEROUS_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet",
            "style", "link", "meta", "base", "svg", "math", "form", "input", "button", "textarea", "select", "template", "img",
            "video", "audio", "source", "details", "marquee", "isindex", "noscript");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href", "srcdoc",
            "background", "poster", "lowsrc", "dynsrc");

    /** Records what a payload would call, in every document the tab opens, before the page's own scripts. */
    private static final String RECORDER = "window.__xss = [];"
            + "for (const name of ['alert', 'confirm', 'prompt', 'print']) {"
            + "  window[name] = function (message) { window.__xss.push(name + '(' + message + ')'); }; }";

    /** Everything in the page that would run or navigate by itself: handlers, foreign scripts, frames, dangerous URLs. */
    private static final String LIVE_MARKUP = "const found = [];"
            + "for (const e of document.querySelectorAll('*')) {"
            + "  const tag = e.tagName.toLowerCase();"
            + "  for (const a of e.attributes) {"
            + "    const name = a.name.toLowerCase();"
            + "    if (name.startsWith('on')) found.push('handler ' + tag + '@' + name + '=' + a.value);"
            + "    const url = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();"
            + "    if (['href','src','action','formaction','data','xlink:href','srcdoc','background','poster'].includes(name)"
            + "        && (/^(javascript|data|vbscript):/.test(url) || name === 'srcdoc')) found.push('url ' + tag + '@' + name + '=' + a.value);"
            + "  }"
            + "  if (tag === 'script' && !e.nonce && !(e.src && e.src.startsWith(location.origin + '/'))) found.push('script ' + e.outerHTML);"
            + "  if (['iframe','frame','object','embed','base','applet'].includes(tag)) found.push('element ' + e.outerHTML);"
            + "  if (tag === 'meta' && (e.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') found.push('refresh ' + e.outerHTML);"
            + "}"
            + "return found;";

    @Test
    void noPayloadBecomesLiveMarkupInTheApiTheFeedsOrThePages() throws Exception {
        Api anonymous = Api.anonymous(base);
        TestAccounts accounts = new TestAccounts(anonymous);
        Api admin = anonymous.as(accounts.adminToken());
        Api moderator = anonymous.as(accounts.withRole("MODERATOR").token());
        String marker = "xss" + Long.toString(System.nanoTime(), 36);

        // display and organisation names: two registrations as anyone would, the rest created by the admin
        List<String> names = packed(80);
        List<String> organisations = packed(200);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            emails.add(TestAccounts.uniqueEmail(marker));
        }
        inParallel(names.size(), i -> {
            JsonObjectBuilder registration = Json.createObjectBuilder().add("email", emails.get(i)).add("password", TestAccounts.PASSWORD)
                    .add("displayName", names.get(i))
                    .add("organisation", Json.createObjectBuilder().add("name", organisations.get(i % organisations.size()))
                            .add("kind", "COMPANY").add("country", "IT").add("sector", "Machine tools"));
            Api.Reply created = i < 2 ? anonymous.post("accounts", registration.build().toString())
                    : admin.post("admin/accounts", registration.add("role", "MEMBER").build().toString());
            assertThat(created.status()).as(created.toString()).isBetween(200, 299);
        });
        Api author = anonymous.as(accounts.token(emails.get(2), TestAccounts.PASSWORD));
        Api replier = anonymous.as(accounts.token(emails.get(3), TestAccounts.PASSWORD));

        // token names, all on the account whose profile is looked at below: at most 20 are active, so some are revoked
        List<String> tokenNames = packed(80);
        assertThat(tokenNames.size() + 1).as("tokens issued to one account: raise TestDatabase.TOKENS_PER_ACCOUNT_PER_HOUR")
                .isLessThanOrEqualTo(TestDatabase.TOKENS_PER_ACCOUNT_PER_HOUR);
        for (int from = 0; from < tokenNames.size(); from += 18) {
            List<String> batch = tokenNames.subList(from, Math.min(from + 18, tokenNames.size()));
            List<Long> active = java.util.Collections.synchronizedList(new ArrayList<>());
            inParallel(batch.size(), i -> {
                Api.Reply token = anonymous.post("tokens", Json.createObjectBuilder().add("email", emails.get(2))
                        .add("password", TestAccounts.PASSWORD).add("name", batch.get(i)).build().toString());
                assertThat(token.status()).as(token.toString()).isEqualTo(201);
                active.add(token.json().getJsonNumber("id").longValue());
            });
            active.forEach(id -> assertThat(author.delete("tokens/" + id).status()).isEqualTo(204));
        }
        // a board of its own, renamed through every name and description
        String slug = marker;
        List<String> boardNames = packed(120);
        List<String> descriptions = packed(300);
        Api.Reply board = admin.post("admin/boards", Json.createObjectBuilder().add("slug", slug).add("name", boardNames.get(0))
                .add("description", descriptions.get(0)).build().toString());
        assertThat(board.status()).as(board.toString()).isEqualTo(201);
        long boardVersion = board.json().getJsonNumber("version").longValue();
        for (int i = 1; i < Math.max(boardNames.size(), descriptions.size()); i++) {
            Api.Reply renamed = admin.put("admin/boards/" + slug, Json.createObjectBuilder().add("name", boardNames.get(i % boardNames.size()))
                    .add("description", descriptions.get(i % descriptions.size())).add("version", boardVersion).build().toString());
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
            boardVersion = renamed.json().getJsonNumber("version").longValue();
        }

        // threads: every title pack, the whole corpus as the first thread's body, replies and an edit carrying it again
        String corpus = marker + "\n\n" + String.join("\n\n", PAYLOADS);
        List<String> threadTitles = packed(200);
        long[] threads = new long[threadTitles.size()];
        inParallel(threadTitles.size(), i -> {
            Api.Reply started = author.post("boards/" + slug + "/threads", Json.createObjectBuilder().add("title", threadTitles.get(i))
                    .add("type", "experience").add("language", "en")
                    .add("body", i == 0 ? corpus : marker + " " + threadTitles.get(i)).build().toString());
            assertThat(started.status()).as(started.toString()).isEqualTo(201);
            threads[i] = started.json().getJsonNumber("id").longValue();
        });
        long thread = threads[0];
        inParallel((PAYLOADS.size() + 4) / 5, chunk -> {
            JsonArrayBuilder tags = Json.createArrayBuilder();
            PAYLOADS.subList(chunk * 5, Math.min(chunk * 5 + 5, PAYLOADS.size())).forEach(tags::add);
            Api.Reply tagged = author.post("boards/" + slug + "/threads", Json.createObjectBuilder().add("title", marker + " tags " + chunk)
                    .add("type", "experience").add("language", "en").add("body", marker + " tags " + chunk).add("tags", tags).build().toString());
            assertThat(tagged.status()).as("tags are normalised or refused: " + tagged).isIn(201, 400);
        });
        JsonObject reply = replier.post("threads/" + thread + "/posts",
                Json.createObjectBuilder().add("body", corpus).build().toString()).json();
        assertSafeHtml("reply", reply.getString("bodyHtml"));
        JsonObject edited = replier.put("posts/" + reply.getJsonNumber("id").longValue(), Json.createObjectBuilder()
                .add("body", String.join("\n\n", reversed(PAYLOADS)) + "\n\n" + marker)
                .add("version", reply.getJsonNumber("version").longValue()).build().toString()).json();
        assertSafeHtml("edited reply", edited.getString("bodyHtml"));
        for (JsonObject post : author.get("threads/" + thread + "?size=50").json().getJsonArray("posts").getValuesAs(JsonObject.class)) {
            assertSafeHtml("post " + post.getJsonNumber("id"), post.getString("bodyHtml"));
        }

        // announcements: every title, summary, issuing body and link label; the corpus as body; payloads as URLs are refused
        List<String> titles = packed(200);
        List<String> summaries = packed(500);
        List<String> labels = packed(200);
        int announcements = Math.max(titles.size(), Math.max(summaries.size(), (labels.size() + 4) / 5));
        String[] slugs = new String[announcements];
        inParallel(announcements, i -> {
            JsonArrayBuilder links = Json.createArrayBuilder();
            for (int l = i * 5; l < Math.min(labels.size(), i * 5 + 5); l++) {
                links.add(Json.createObjectBuilder().add("url", "https://example.org/" + marker + "/" + l).add("label", labels.get(l)));
            }
            if (i * 5 >= labels.size()) {
                links.add(Json.createObjectBuilder().add("url", "https://example.org/" + marker).add("label", "official"));
            }
            JsonObject published = published(moderator, announcement(titles.get(i % titles.size()), summaries.get(i % summaries.size()),
                    corpus, titles.get((i + 1) % titles.size()), links));
            assertSafeHtml("announcement " + i, published.getString("bodyHtml"));
            slugs[i] = published.getString("slug");
        });
        String announcementSlug = slugs[0];
        inParallel(PAYLOADS.size(), i -> {
            String payload = PAYLOADS.get(i);
            JsonArrayBuilder links = Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", payload).add("label", "official"));
            Api.Reply refused = moderator.post("announcements", announcement(marker, "Summary.", marker, "DG GROW", links).build().toString());
            assertThat(refused.status()).as("a payload as a link URL is refused: " + payload).isEqualTo(400);
        });

        // offers and needs: every title pack, the corpus as description; a contact request carrying the corpus
        String until = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString();
        List<String> listingTitles = packed(150);
        long[] needs = new long[listingTitles.size()];
        long[] offers = new long[listingTitles.size()];
        inParallel(listingTitles.size(), i -> {
            Api.Reply need = author.post("needs", Json.createObjectBuilder().add("category", "surgical-masks")
                    .add("title", listingTitles.get(i)).add("description", i == 0 ? corpus : marker).add("quantity", 1000)
                    .add("neededBy", until).add("country", "IT").add("language", "en").build().toString());
            assertThat(need.status()).as(need.toString()).isEqualTo(201);
            assertSafeHtml("need " + i, need.json().getString("descriptionHtml"));
            needs[i] = need.json().getJsonNumber("id").longValue();
            Api.Reply offer = replier.post("offers", Json.createObjectBuilder().add("category", "surgical-masks")
                    .add("title", listingTitles.get(i)).add("description", i == 0 ? corpus : marker).add("capacityPerWeek", 500)
                    .add("leadTimeDays", 1).add("validUntil", until).add("language", "en").build().toString());
            assertThat(offer.status()).as(offer.toString()).isEqualTo(201);
            assertSafeHtml("offer " + i, offer.json().getString("descriptionHtml"));
            offers[i] = offer.json().getJsonNumber("id").longValue();
        });
        Api.Reply contact = author.post("needs/" + needs[0] + "/contacts", Json.createObjectBuilder().add("offerId", offers[0])
                .add("message", corpus).build().toString());
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        long conversation = contact.json().getJsonNumber("id").longValue();
        for (JsonObject message : author.get("conversations/" + conversation + "/messages").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            assertSafeHtml("message", message.getString("bodyHtml"));
        }

        // the feeds: payloads only as text, or as sanitized HTML
        assertSafeFeed("feeds/boards/" + slug + ".atom", marker);
        assertSafeFeed("feeds/threads/" + thread + ".atom", marker);
        assertSafeFeed("feeds/announcements.atom", null);

        // the pages, in Chromium: nothing runs, nothing live
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        String root = base.toString();
        assertInert(root + "threads/" + thread, marker);
        assertInert(root + "boards/" + slug, marker);
        assertInert(root + "search?q=" + marker + "&size=50", marker);
        assertInert(root + "announcements/" + announcementSlug, marker);
        assertInert(root + "announcements", null);
        assertInert(root + "needs/" + needs[0], marker);
        assertInert(root + "offers/" + offers[0], marker);
        assertInert(root + "needs?category=surgical-masks&country=IT&size=100", null);
        assertInert(root + "offers?category=surgical-masks", null);
        assertInert(root + "threads/" + author.get("offers/" + offers[0]).json().getJsonNumber("threadId"), marker);
        assertInert(root + "matchmaking?category=masks&country=IT", null);
        SignInPage.open(driver, root).signIn(emails.get(2), TestAccounts.PASSWORD);
        assertInert(root + "profile", null);
        assertInert(root + "inbox", null);
        assertInert(root + "conversations/" + conversation, marker);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        SignInPage.open(driver, root).signIn(eu.clusterhub.testsupport.TestDatabase.ADMIN_EMAIL,
                eu.clusterhub.testsupport.TestDatabase.ADMIN_PASSWORD);
        assertInert(root + "admin/accounts?q=" + marker, marker);
    }

    /** Runs the task for 0..n-1 on four threads: the server has cores to spare while one request waits. */
    private static void inParallel(int n, java.util.function.IntConsumer task) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                done.add(pool.submit(() -> task.accept(index)));
            }
            for (var future : done) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Error error ? error : new AssertionError(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static JsonObjectBuilder announcement(String title, String summary, String body, String issuingBody, JsonArrayBuilder links) {
        return Json.createObjectBuilder().add("title", title).add("summary", summary).add("bodyMarkdown", body)
                .add("sourceType", "european-commission").add("issuingBody", issuingBody)
                .add("topics", Json.createArrayBuilder().add("medical-equipment")).add("links", links).add("effectiveDate", "2026-03-20");
    }

    private static JsonObject published(Api moderator, JsonObjectBuilder payload) {
        Api.Reply created = moderator.post("announcements", payload.build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply published = moderator.post("announcements/" + created.json().getJsonNumber("id").longValue() + "/publish", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return published.json();
    }

    /** HTML from the API or a feed: no element, attribute or URL that runs or loads anything. */
    static void assertSafeHtml(String what, String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.tagName()).as(what + ": " + element.outerHtml()).isNotIn(DANGEROUS_ELEMENTS);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(what + ": " + element.outerHtml()).doesNotStartWith("on").isNotEqualTo("style");
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as(what + ": " + element.outerHtml()).doesNotMatch(DANGEROUS_URL);
                }
            }
        }
    }

    /** An Atom feed: well-formed XML, no elements but Atom's, and its HTML constructs safe. */
    private void assertSafeFeed(String path, String marker) throws Exception {
        var response = Http.get(base, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        if (marker != null) {
            assertThat(response.body()).as(path).contains(marker);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            var element = (org.w3c.dom.Element) all.item(i);
            assertThat(element.getNamespaceURI()).as(path + ": " + element.getTagName()).isEqualTo("http://www.w3.org/2005/Atom");
            String type = element.getAttribute("type");
            if (type.equals("html")) {
                assertSafeHtml(path + " " + element.getLocalName(), element.getTextContent());
            }
            assertThat(type).as(path + ": xhtml would put markup in the feed").isNotEqualTo("xhtml");
        }
    }

    /** The page as Chromium shows it: no payload called anything, and no live markup beyond the page's own. */
    private void assertInert(String url, String marker) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && Array.from(document.images).every(i => i.complete)")));
        if (marker != null) {
            assertThat(driver.getPageSource()).as(url).contains(marker);
        }
        assertThat((List<?>) driver.executeScript("return window.__xss || []")).as(url + ": dialogs opened").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> live = new ArrayList<>((List<String>) driver.executeScript(LIVE_MARKUP));
        assertThat(live).as(url + ": live markup").isEmpty();
    }

    /** The payloads packed into texts of at most {@code max} characters, one line each (names take no line breaks). */
    private static List<String> packed(int max) {
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String payload : PAYLOADS) {
            String line = payload.replace('\n', ' ').strip();
            line = line.length() > max ? line.substring(0, max) : line;
            if (text.length() > 0 && text.length() + 1 + line.length() > max) {
                texts.add(text.toString());
                text.setLength(0);
            }
            text.append(text.length() > 0 ? " " : "").append(line);
        }
        texts.add(text.toString());
        return texts;
    }

    private static List<String> reversed(List<String> payloads) {
        List<String> reversed = new ArrayList<>(payloads);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static List<String> load() {
        try (InputStream in = XssCorpusJourneyIT.class.getResourceAsStream("/xss/payloads.txt")) {
            List<String> payloads = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\n", "\n"))
                    .toList();
            assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
            return payloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
