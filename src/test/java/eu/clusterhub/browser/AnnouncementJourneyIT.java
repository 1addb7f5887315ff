package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.AnnouncementEditorPage;
import eu.clusterhub.browser.pages.AnnouncementHistoryPage;
import eu.clusterhub.browser.pages.AnnouncementPage;
import eu.clusterhub.browser.pages.AnnouncementsPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.AtomValidator;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium: a moderator writes and publishes an announcement; an anonymous
 * reader finds it by country and topic, opens it, and finds it in the matching feed.
 */
class AnnouncementJourneyIT extends BrowserJourney {

    private static final String TITLE = "Malta eases public procurement of ventilator parts";

    @Test
    void aModeratorPublishesAndAReaderFindsItByCountryAndTopicAndInTheFeed() {
        TestAccounts.Caller moderator = new TestAccounts(Api.anonymous(base)).withRole("MODERATOR");
        SignInPage.open(driver, Http.root(base)).signIn(moderator.email(), TestAccounts.PASSWORD);

        AnnouncementEditorPage editor = AnnouncementsPage.open(driver, Http.root(base)).newAnnouncement();
        assertThat(editor.heading()).isEqualTo("New announcement");
        assertThat(Accessibility.violations(driver)).isEmpty();

        editor.write(TITLE, "Contracting authorities may award urgent contracts directly.",
                        "Hospitals can now buy **ventilator valves** without a tender.\n\n- up to six months\n- <script>alert(1)</script>",
                        "Member State", "Ministry for Finance")
                .topic("Public procurement")
                .effective("2020-04-03")
                .link("javascript:alert(1)", "Official notice");
        editor.saveRefused();
        assertThat(editor.errorAt("country")).isEqualTo("Choose the country of the Member State");
        assertThat(editor.errorAt("linkUrl0")).startsWith("Enter a complete http:// or https:// address");
        assertThat(editor.value("title")).as("nothing typed is lost").isEqualTo(TITLE);

        editor.country("Malta").link("https://procurement.gov.mt/", "Department of Contracts").preview();
        assertThat(editor.previewHtml()).contains("<strong>ventilator valves</strong>").doesNotContain("<script>");
        AnnouncementPage draft = editor.save();
        assertThat(draft.heading()).isEqualTo(TITLE);
        assertThat(draft.status()).isEqualTo("draft");
        assertThat(Http.getFromRoot(base, pathOf(driver.getCurrentUrl())).statusCode()).as("readers cannot see drafts").isEqualTo(404);

        AnnouncementPage published = draft.publish();
        assertThat(published.message()).startsWith("Published");
        assertThat(published.status()).isEqualTo("published");
        assertThat(published.provenance()).contains("Ministry for Finance").contains("Malta").contains("Public procurement")
                .contains("Checked against the official source by Test MODERATOR");
        AnnouncementHistoryPage history = published.openHistory();
        assertThat(history.revisions()).containsExactly("2 published", "1 created");
        assertThat(history.changedFields()).containsExactly("Status", "Verified");
        assertThat(Accessibility.violations(driver)).isEmpty();
        history.signOut();

        AnnouncementsPage list = AnnouncementsPage.open(driver, Http.root(base)).filter(null, "Malta", "Public procurement");
        assertThat(list.currentUrl()).contains("country=MT").contains("topic=public-procurement");
        assertThat(list.titles()).containsExactly(TITLE);
        assertThat(list.resultCount()).isEqualTo("1 announcement matches these filters");
        assertThat(list.canonicalUrl()).as("a filtered list is indexed as the list itself")
                .isEqualTo(TestMail.CONFIGURED_BASE + "/announcements");
        assertThat(Accessibility.violations(driver)).isEmpty();
        String feedUrl = list.feedUrl();

        AnnouncementPage reader = list.openAnnouncement(TITLE);
        assertThat(reader.body()).contains("ventilator valves").contains("<script>alert(1)</script>");
        assertThat(reader.officialLinks()).containsExactly("https://procurement.gov.mt/");
        assertThat(Accessibility.violations(driver)).isEmpty();

        HttpResponse<String> feed = Http.getFromRoot(base, pathOf(feedUrl));
        assertThat(feed.body()).contains("<title>" + TITLE + "</title>");
        assertThat(AtomValidator.problems(feed.body())).isEmpty();
    }

    @Test
    void anEditorWhoseVersionIsStaleIsToldWhyAndKeepsWhatTheyTyped() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        Api other = Api.anonymous(base).as(accounts.withRole("MODERATOR").token());
        JsonObject created = other.post("announcements", Json.createObjectBuilder()
                .add("title", "Customs relief for medical imports").add("summary", "Duty and VAT relief.")
                .add("bodyMarkdown", "Imports of medical equipment are relieved of duty.").add("sourceType", "european-commission")
                .add("issuingBody", "DG TAXUD").add("topics", Json.createArrayBuilder().add("export-rules"))
                .add("officialUrl", "https://taxation-customs.ec.europa.eu/").add("effectiveDate", "2020-04-03")
                .build().toString()).json();
        long id = created.getJsonNumber("id").longValue();

        SignInPage.open(driver, Http.root(base)).signIn(moderator.email(), TestAccounts.PASSWORD);
        driver.get(Http.root(base) + "announcement-editor/" + id);
        AnnouncementEditorPage editor = new AnnouncementEditorPage(driver);
        assertThat(editor.heading()).isEqualTo("Edit announcement");
        assertThat(editor.value("title")).isEqualTo("Customs relief for medical imports");

        JsonObject theirs = Json.createObjectBuilder(created).add("title", "Customs and VAT relief for medical imports")
                .build();
        assertThat(other.put("announcements/" + id, theirs.toString()).status()).isEqualTo(200);

        editor.write("Relief from customs duties on medical imports", "Duty and VAT relief.",
                "Imports of medical equipment are relieved of duty.", "European Commission", "DG TAXUD");
        editor.saveRefused();
        assertThat(editor.error()).contains("was changed by Test MODERATOR").contains("not saved");
        assertThat(editor.value("title")).isEqualTo("Relief from customs duties on medical imports");
        assertThat(other.get("announcements/" + id).json().getString("title")).isEqualTo("Customs and VAT relief for medical imports");
    }

    private static String pathOf(String absolute) {
        URI uri = URI.create(absolute);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
