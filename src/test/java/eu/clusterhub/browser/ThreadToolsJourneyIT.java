package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.browser.pages.ThreadPage;
import eu.clusterhub.browser.pages.ThreadToolsPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * A moderator splits two replies off a thread into a new one from the thread page, merges
 * the new thread back, and its address then leads to the original thread.
 */
class ThreadToolsJourneyIT extends BrowserJourney {

    @Test
    void aModeratorSplitsRepliesOffAndMergesThemBack() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        Api member = Api.anonymous(base).as(accounts.withRole("MEMBER").token());
        TestAccounts.Caller moderator = accounts.withRole("MODERATOR");
        long thread = member.post("boards/technological-solutions/threads", Json.createObjectBuilder()
                .add("title", "Sterilising visors " + System.nanoTime()).add("type", "question")
                .add("body", "How do you sterilise visors?").build().toString()).json().getJsonNumber("id").longValue();
        for (String body : new String[] {"With alcohol wipes.", "Aside: where to buy isopropanol?", "Try the pharmacy wholesaler."}) {
            assertThat(member.post("threads/" + thread + "/posts", "{\"body\":\"" + body + "\"}").status()).isEqualTo(201);
        }
        assertThat(ThreadToolsPage.open(driver, Http.root(base) + "threads/" + thread).isShown())
                .as("no tools for an anonymous reader").isFalse();

        SignInPage.open(driver, Http.root(base)).signIn(moderator.email(), TestAccounts.PASSWORD);
        ThreadToolsPage page = ThreadToolsPage.open(driver, Http.root(base) + "threads/" + thread);
        assertThat(page.isShown()).isTrue();
        assertThat(Accessibility.violations(driver)).isEmpty();

        ThreadToolsPage split = page.splitOff("Buying isopropanol", "where to buy isopropanol", "pharmacy wholesaler");
        assertThat(split.currentUrl()).doesNotEndWith("/threads/" + thread);
        String splitUrl = split.currentUrl();
        assertThat(split.title()).isEqualTo("Buying isopropanol");
        assertThat(split.message()).contains("thread of their own");
        assertThat(split.posts()).hasSize(2);
        assertThat(split.posts().get(0)).contains("where to buy isopropanol");
        assertThat(ThreadToolsPage.open(driver, Http.root(base) + "threads/" + thread).posts()).hasSize(2);

        // a reply typed on the split thread's page in another tab, sent only after the merge
        String toolsTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String replyTab = driver.getWindowHandle();
        ThreadPage typing = ThreadPage.open(driver, splitUrl);
        driver.findElement(By.id("reply:body")).sendKeys("Our wholesaler in Turin");
        driver.switchTo().window(toolsTab);

        ThreadToolsPage merged = ThreadToolsPage.open(driver, splitUrl)
                .mergeInto(Http.root(base) + "threads/" + thread, "Belongs to the visors question after all");
        assertThat(merged.currentUrl()).endsWith("/threads/" + thread);
        assertThat(merged.message()).contains("merged into this one");
        assertThat(merged.posts()).hasSize(4);
        assertThat(merged.posts().get(2)).contains("where to buy isopropanol");

        driver.switchTo().window(replyTab);
        typing.reply(" has isopropanol.");
        assertThat(typing.currentUrl()).as("the reply went where the posts went, not lost to the redirect")
                .contains("/threads/" + thread + "?");
        assertThat(typing.posts()).hasSize(5);
        assertThat(typing.posts().get(4)).contains("Our wholesaler in Turin has isopropanol.");
        driver.close();
        driver.switchTo().window(toolsTab);

        ThreadToolsPage old = ThreadToolsPage.open(driver, splitUrl);
        assertThat(old.currentUrl()).as("the split thread's address leads to the thread that took its posts")
                .endsWith("/threads/" + thread);
        assertThat(old.posts()).hasSize(5);
    }
}
