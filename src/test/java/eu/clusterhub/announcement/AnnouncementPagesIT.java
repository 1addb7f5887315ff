package eu.clusterhub.announcement;

import eu.clusterhub.testsupport.DeployedPortal;
import static eu.clusterhub.announcement.Announcements.id;
import static eu.clusterhub.announcement.Announcements.payload;
import static eu.clusterhub.announcement.Announcements.published;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.AtomValidator;
import eu.clusterhub.testsupport.HtmlChecker;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What readers get: the seeded list and detail pages, the Atom feed, and inert output of hostile input. */
class AnnouncementPagesIT extends DeployedPortal {

    private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private Api anonymous;
    private Api moderator;

    @BeforeEach
    void clients() {
        anonymous = Api.anonymous(base);
        moderator = anonymous.as(new TestAccounts(anonymous).withRole("MODERATOR").token());
    }

    @Test
    void theSeedAnnouncementsAreListedWithTheirProvenance() {
        // the seeds' year: newer announcements that other tests write would push them off the first page
        HttpResponse<String> list = Http.get(base, "announcements?to=2020-12-31");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/announcements/commission-calls-industry-medical-equipment")
                .contains("/announcements/covid-19-industrial-clusters-response-portal")
                .contains("/announcements/cecimo-calls-machine-tool-industry")
                .contains("announcement-card--pinned");
        assertThat(HtmlChecker.errors(list.body())).isEmpty();

        HttpResponse<String> detail = Http.get(base, "announcements/commission-calls-industry-medical-equipment");
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("id=\"provenance\"").contains("Checked against the official source by")
                .contains("class=\"official-link\"").contains("id=\"related\"");
        assertThat(HtmlChecker.errors(detail.body())).isEmpty();
        assertThat(Http.get(base, "announcements/no-such-announcement").statusCode()).isEqualTo(404);
    }

    @Test
    void theListPageFiltersByBookmarkableParametersAndExplainsBadOnes() {
        long italian = id(published(moderator, payload("Decree on protective masks", 1981).add("sourceType", "member-state")
                .add("issuingBody", "Government of Italy").add("country", "IT")));
        published(moderator, payload("Commission guidance on masks", 1981));

        HttpResponse<String> filtered = Http.get(base, "announcements?country=IT&topic=medical-equipment&from=1981-01-01&to=1981-12-31");
        assertThat(filtered.body()).contains("1 announcement matches these filters").contains("Decree on protective masks")
                .doesNotContain("Commission guidance on masks")
                .contains("<option value=\"IT\" selected=\"selected\">")
                .contains("feeds/announcements.atom?country=IT&amp;topic=medical-equipment&amp;from=1981-01-01&amp;to=1981-12-31\"");
        assertThat(HtmlChecker.errors(filtered.body())).isEmpty();
        assertThat(italian).isPositive();

        HttpResponse<String> bad = Http.get(base, "announcements?country=XX&from=never");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"filter-problems\"").contains("country: Unknown country code")
                .contains("from: Use a date as YYYY-MM-DD");
        assertThat(Http.get(base, "announcements?status=draft").body()).as("drafts are not listed for readers")
                .contains("status: Unknown status");
    }

    @Test
    void theFeedFollowsTheFiltersLeavesOutDraftsAndIsValidAtom() throws Exception {
        JsonObject aid = published(moderator, payload("Temporary framework for state aid", 1982).add("sourceType", "member-state")
                .add("issuingBody", "Federal Ministry").add("country", "DE").add("topics", Json.createArrayBuilder().add("state-aid")));
        Announcements.created(moderator, payload("Draft that must stay out of feeds", 1982).add("country", "DE")
                .add("sourceType", "member-state").add("topics", Json.createArrayBuilder().add("state-aid")));

        HttpResponse<String> feed = Http.get(base, "feeds/announcements.atom?country=DE&topic=state-aid&from=1982-01-01");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        assertThat(AtomValidator.problems(feed.body())).as(feed.body()).isEmpty();
        Document xml = parse(feed.body());
        List<String> titles = texts(xml, "title");
        assertThat(titles).contains("Temporary framework for state aid").doesNotContain("Draft that must stay out of feeds");
        assertThat(feed.body()).contains(aid.getString("url")).contains("rel=\"related\"");

        HttpResponse<String> whole = Http.get(base, "feeds/announcements.atom");
        assertThat(AtomValidator.problems(whole.body())).isEmpty();
        assertThat(whole.body()).contains("commission-calls-industry-medical-equipment");

        HttpResponse<String> bad = Http.get(base, "feeds/announcements.atom?country=XX");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("country");
    }

    @Test
    void hostileTextInEveryFieldIsInertInThePageTheFeedAndTheApi() throws Exception {
        JsonObject created = published(moderator, Json.createObjectBuilder()
                .add("title", "Masks " + XSS)
                .add("summary", "Summary " + XSS)
                .add("bodyMarkdown", "Body " + XSS + "\n\n[click](javascript:alert(1)) <a href=\"javascript:alert(2)\">raw</a>")
                .add("sourceType", "other")
                .add("issuingBody", "Body " + XSS)
                .add("topics", Json.createArrayBuilder().add("medical-equipment"))
                .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("url", "https://example.org/?q=%22%3E%3Cscript%3Ealert(3)%3C/script%3E").add("label", "Label " + XSS)))
                .add("effectiveDate", "1983-05-01"));

        JsonObject api = anonymous.get("announcements/" + id(created)).json();
        assertThat(api.getString("title")).as("the API returns the text as written, as JSON").isEqualTo("Masks " + XSS);
        // the raw <a href="javascript:..."> stays as visible, escaped text; no live link or element is left
        assertThat(api.getString("bodyHtml")).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript")
                .doesNotContain("<a href=\"javascript").contains("click &lt;a href");

        String page = Http.get(base, "announcements/" + created.getString("slug")).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("Masks &lt;script&gt;alert(");
        // as elements, not as text: other tests' announcements, shown as related ones, may quote such links as text
        assertThat(org.jsoup.Jsoup.parse(page).select("[href]")).extracting(e -> e.attr("href").strip().toLowerCase())
                .noneMatch(href -> href.startsWith("javascript"));
        assertThat(HtmlChecker.errors(page)).isEmpty();
        String list = Http.get(base, "announcements?from=1983-01-01&to=1983-12-31").body();
        assertThat(list).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("Summary &lt;script&gt;");

        String feed = Http.get(base, "feeds/announcements.atom?from=1983-01-01&to=1983-12-31").body();
        assertThat(AtomValidator.problems(feed)).isEmpty();
        Document xml = parse(feed);
        assertThat(texts(xml, "title")).contains("Masks " + XSS);
        Element content = (Element) xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript");
        assertThat(xml.getElementsByTagName("script").getLength()).as("no markup leaks into the XML").isZero();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document xml, String element) {
        var nodes = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", element);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }
}
