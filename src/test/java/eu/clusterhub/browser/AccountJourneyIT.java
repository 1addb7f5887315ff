package eu.clusterhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.browser.pages.AdminAccountsPage;
import eu.clusterhub.browser.pages.HomePage;
import eu.clusterhub.browser.pages.PasswordPage;
import eu.clusterhub.browser.pages.ProfilePage;
import eu.clusterhub.browser.pages.RegisterPage;
import eu.clusterhub.browser.pages.SignInPage;
import eu.clusterhub.browser.pages.VerifyPage;
import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestAccounts;
import eu.clusterhub.testsupport.TestDatabase;
import eu.clusterhub.testsupport.TestMail;
import org.junit.jupiter.api.Test;

/** A new member in headless Chromium: register, confirm by mail, sign in, make a token, sign out. */
class AccountJourneyIT extends BrowserJourney {

    @Test
    void aNewMemberRegistersConfirmsSignsInCreatesATokenAndSignsOut() {
        String email = TestAccounts.uniqueEmail("maria");
        RegisterPage register = SignInPage.open(driver, Http.root(base)).openRegister();
        assertThat(Accessibility.violations(driver)).isEmpty();

        register.fill(email, "Maria <b>Rossi</b>", "short", "Officine Rossi", "Company", "Italy", true).submit();
        assertThat(register.isRegistered()).isFalse();
        assertThat(register.errorAt("password")).contains("at least 12 characters");

        register.fill(email, "Maria <b>Rossi</b>", TestAccounts.PASSWORD, "Officine Rossi", "Company", "Italy", true).submit();
        assertThat(register.confirmation()).contains(email.toLowerCase());

        VerifyPage verify = VerifyPage.open(driver, TestMail.link(base, email.toLowerCase(), "/verify?token="));
        assertThat(verify.isVerified()).isTrue();

        ProfilePage profile = verify.signIn().signIn(email, TestAccounts.PASSWORD);
        assertThat(profile.heading()).isEqualTo("Your profile");
        assertThat(profile.displayName()).isEqualTo("Maria <b>Rossi</b>");   // shown as text, not markup
        assertThat(profile.signedInAs()).isEqualTo("Maria <b>Rossi</b>");
        assertThat(profile.organisation()).contains("Officine Rossi", "Company", "Italy");
        assertThat(Accessibility.violations(driver)).isEmpty();

        profile = profile.createToken("My ERP");
        String token = profile.newToken();
        assertThat(token).startsWith("chub_");
        assertThat(profile.tokens()).containsExactly("My ERP active");
        assertThat(Api.anonymous(base).as(token).get("me").json().getString("email")).isEqualTo(email.toLowerCase());

        profile = profile.revoke("My ERP");
        assertThat(profile.tokens()).containsExactly("My ERP revoked");
        assertThat(Api.anonymous(base).as(token).get("me").status()).isEqualTo(401);

        HomePage home = profile.signOut();
        assertThat(home.navigationLinks()).contains("Sign in");
        driver.get(Http.root(base) + "profile");
        assertThat(driver.getCurrentUrl()).contains("/signin?next=");
    }

    @Test
    void wrongPasswordsAreRefusedAndTheFifthLocksTheAccount() {
        TestAccounts.Caller member = new TestAccounts(Api.anonymous(base)).withRole("MEMBER");
        SignInPage signIn = SignInPage.open(driver, Http.root(base));

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn = SignInPage.open(driver, Http.root(base)).signInFailing(member.email(), "wrong-password-" + attempt);
            assertThat(signIn.error()).isEqualTo("Wrong email or password.");
        }
        signIn = SignInPage.open(driver, Http.root(base)).signInFailing(member.email(), "wrong-password-5");
        assertThat(signIn.error()).startsWith("Too many failed sign-ins for this account.");
        signIn = SignInPage.open(driver, Http.root(base)).signInFailing(member.email(), TestAccounts.PASSWORD);
        assertThat(signIn.error()).startsWith("Too many failed sign-ins for this account.");
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseMailedLink() {
        TestAccounts.Caller member = new TestAccounts(Api.anonymous(base)).withRole("MEMBER");
        PasswordPage forgot = PasswordPage.open(driver, Http.root(base) + "password").requestLink(member.email());
        assertThat(forgot.message()).contains("If an account uses this address");
        PasswordPage.open(driver, Http.root(base) + "password").requestLink("nobody-" + member.email());
        assertThat(new PasswordPage(driver).message()).as("no hint whether an account exists")
                .isEqualTo(forgot.message());

        String link = TestMail.link(base, member.email(), "/password?token=");
        PasswordPage reset = PasswordPage.open(driver, link).choose("a-new-valve-password-2026");
        assertThat(reset.message()).contains("Your new password is set");

        assertThat(SignInPage.open(driver, Http.root(base)).signInFailing(member.email(), TestAccounts.PASSWORD).error())
                .isEqualTo("Wrong email or password.");
        assertThat(SignInPage.open(driver, Http.root(base)).signIn(member.email(), "a-new-valve-password-2026").heading())
                .isEqualTo("Your profile");
        assertThat(PasswordPage.open(driver, link).choose("yet-another-password-2026").message())
                .contains("used already or has expired");
    }

    @Test
    void theSessionIdChangesAtSignInAndSuspensionEndsTheSession() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller member = accounts.withRole("MEMBER");
        SignInPage signIn = SignInPage.open(driver, Http.root(base));
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();

        signIn.signIn(member.email(), TestAccounts.PASSWORD);
        String after = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(after).isNotEqualTo(before);

        Api.anonymous(base).as(accounts.adminToken()).post("admin/accounts/" + member.id() + "/suspend", "");
        driver.get(Http.root(base) + "profile");
        assertThat(driver.getCurrentUrl()).contains("/signin?next=");
    }

    @Test
    void anAdminChangesARoleAndSuspendsAnAccountOnTheAccountsPage() {
        TestAccounts.Caller member = new TestAccounts(Api.anonymous(base)).withRole("MEMBER");
        SignInPage.open(driver, Http.root(base)).signIn(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);

        AdminAccountsPage page = AdminAccountsPage.open(driver, Http.root(base), member.email());
        assertThat(Accessibility.violations(driver)).isEmpty();
        page = page.makeRole("Test MEMBER", "MODERATOR");
        assertThat(page.message()).isEqualTo("The role was changed.");
        assertThat(Api.anonymous(base).as(new TestAccounts(Api.anonymous(base)).token(member.email(), TestAccounts.PASSWORD))
                .get("me").json().getString("role")).isEqualTo("MODERATOR");

        page = page.suspend("Test MEMBER");
        assertThat(page.rowOf(member.email())).contains("SUSPENDED");
    }

    @Test
    void aMemberChangesTheEmailThroughALinkToTheNewAddressAndDeletesTheAccount() {
        TestAccounts accounts = new TestAccounts(Api.anonymous(base));
        TestAccounts.Caller member = accounts.withRole("MEMBER");
        ProfilePage profile = SignInPage.open(driver, Http.root(base)).signIn(member.email(), TestAccounts.PASSWORD);

        profile = profile.changePasswordFailing("not-my-password-at-all", "another-long-password-1");
        assertThat(profile.errorAt("changePassword:currentPassword")).isEqualTo("This is not your current password");

        String newEmail = TestAccounts.uniqueEmail("moved");
        profile = profile.changeEmail(newEmail, TestAccounts.PASSWORD);
        assertThat(profile.message()).contains("We sent a confirmation link to " + newEmail);
        assertThat(profile.email()).as("unchanged until confirmed").startsWith(member.email());

        VerifyPage.open(driver, TestMail.link(base, newEmail, "/verify?token="));
        driver.get(Http.root(base) + "profile");
        assertThat(new ProfilePage(driver).email()).startsWith(newEmail);

        profile = new ProfilePage(driver).deleteAccountFailing("wrong-password-here-1");
        assertThat(profile.errorAt("deleteAccount:currentPassword")).isEqualTo("This is not your password");
        HomePage home = new ProfilePage(driver).deleteAccount(TestAccounts.PASSWORD);
        assertThat(home.navigationLinks()).contains("Sign in");
        assertThat(SignInPage.open(driver, Http.root(base)).signInFailing(newEmail, TestAccounts.PASSWORD).error())
                .isEqualTo("Wrong email or password.");
    }

    @Test
    void signingInReturnsToThePageThatAskedForIt() {
        TestAccounts.Caller member = new TestAccounts(Api.anonymous(base)).withRole("MEMBER");
        driver.get(Http.root(base) + "profile");

        ProfilePage profile = new SignInPage(driver).signIn(member.email(), TestAccounts.PASSWORD);

        assertThat(driver.getCurrentUrl()).endsWith("/profile");
        assertThat(profile.heading()).isEqualTo("Your profile");
    }
}
