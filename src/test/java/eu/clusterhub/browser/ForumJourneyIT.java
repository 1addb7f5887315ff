package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.BoardPage;
import eu.clusterhub.browser.pages.NewThreadPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.browser.pages.ThreadPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Deployments;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In headless Chromium: a member starts a request thread with Markdown and a preview,
 * another member replies quoting it, the author accepts the reply, and both the nested and
 * the chronological view show the solution.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ForumJourneyIT {

    private static final String TITLE = "Need 500 ventilator valves a week";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    private URL base;

    private ChromeDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
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
                "Our hospital needs **500 valves** a week.\n\n- PA12 is fine\n- <script>alert(1)</script>").preview();
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
    }
}
