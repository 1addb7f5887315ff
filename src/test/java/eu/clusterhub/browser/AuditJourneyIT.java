package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.AuditPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium: a moderator who locked a thread opens the audit log from the header,
 * filters it by the action and the thread, sees the entry, and the CSV link (with the same
 * filters, in the same session) returns it.
 */
class AuditJourneyIT extends BrowserJourney {

    @Test
    void aModeratorFindsTheirActionInTheAuditLogAndItsCsv() throws Exception {
        Api anonymous = Api.anonymous(base);
        TestAccounts accounts = new TestAccounts(anonymous);
        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        Api author = anonymous.as(accounts.withRole("MEMBER").token());
        Api.Reply thread = author.post("boards/i-need-help/threads",
                "{\"title\":\"Gloves from a <b>bold</b> seller\",\"type\":\"question\",\"body\":\"Who sells nitrile gloves?\"}");
        assertThat(thread.status()).as(thread.toString()).isEqualTo(201);
        long threadId = thread.json().getJsonNumber("id").longValue();
        assertThat(anonymous.as(moderator.token()).post("threads/" + threadId + "/lock", "").status()).isEqualTo(200);

        SignInPage.open(driver, Http.root(base)).signIn(moderator.email(), TestAccounts.PASSWORD);
        AuditPage audit = AuditPage.fromHeader(driver);
        assertThat(audit.heading()).isEqualTo("Audit log");
        assertThat(Accessibility.violations(driver)).isEmpty();

        AuditPage filtered = audit.filter("thread.lock", "thread:" + threadId);
        assertThat(filtered.currentUrl()).contains("action=thread.lock").contains("target=thread%3A" + threadId);
        assertThat(filtered.rows()).containsExactly(new AuditPage.Row("Test MODERATOR", "thread.lock", "thread:" + threadId, "open", "locked"));

        String csvLink = filtered.csvHref();
        assertThat(csvLink).contains("/api/moderation/audit.csv?action=thread.lock&target=thread%3A" + threadId);
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(csv.body()).contains("," + moderator.id() + ",Test MODERATOR,thread.lock,thread," + threadId + ",,open,locked");
    }
}
