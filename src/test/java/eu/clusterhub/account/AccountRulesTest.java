package eu.clusterhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static Registration valid() {
        return new Registration("Anna.Berg@Example.org", "valves and ventilators", "Anna Berg", "Precision Parts GmbH",
                "company", "DE", "Machine tools", true);
    }

    private static List<String> fields(Registration registration) {
        return AccountRules.check(registration).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteRegistrationPasses() {
        assertThat(AccountRules.check(valid())).isEmpty();
        assertThat(fields(new Registration("a@b.eu", "valves and ventilators", "Al", "XY", "OTHER", "ZZ", null, true))).isEmpty();
    }

    @Test
    void emailsAreNormalisedAndChecked() {
        assertThat(AccountRules.normaliseEmail("  Anna@Example.ORG ")).isEqualTo("anna@example.org");
        for (String bad : List.of("", "no-at-sign", "a@b", "a b@example.org", "<x>@example.org", "a@-example.org", "a@example..org",
                "a@@example.org", "x".repeat(250) + "@example.org")) {
            assertThat(AccountRules.emailError(bad)).as(bad).isPresent();
        }
        for (String good : List.of("a@example.org", "first.last+tag@sub.example.co.uk", "ÉLODIE@example.fr")) {
            assertThat(AccountRules.emailError(good)).as(good).isEmpty();
        }
    }

    @Test
    void passwordsAreLongUncommonAndFreeOfTheEmail() {
        assertThat(AccountRules.passwordError("elevenchars", "a@b.eu")).hasValue("Use at least 12 characters");
        assertThat(AccountRules.passwordError("x".repeat(129), "a@b.eu")).hasValue("Use at most 128 characters");
        assertThat(AccountRules.passwordError("Password1234", "a@b.eu")).hasValue("This password is too common; choose another");
        assertThat(AccountRules.passwordError("abababababab", "a@b.eu")).hasValue("This password is too common; choose another");
        assertThat(AccountRules.passwordError("my-anna.berg-secret", "Anna.Berg@example.org"))
                .hasValue("The password must not contain your email address");
        assertThat(AccountRules.passwordError("valves and ventilators", "anna@example.org")).isEmpty();
    }

    @Test
    void namesAreTrimmedBoundedAndFreeOfControlCharacters() {
        assertThat(AccountRules.textError("  ", 2, 80)).hasValue("This field is required");
        assertThat(AccountRules.textError("A", 2, 80)).hasValue("Use at least 2 characters");
        assertThat(AccountRules.textError("é".repeat(80), 2, 80)).isEmpty();
        assertThat(AccountRules.textError("é".repeat(81), 2, 80)).hasValue("Use at most 80 characters");
        assertThat(AccountRules.textError("Anna\u0000Berg", 2, 80)).hasValue("Control characters are not allowed");
        assertThat(AccountRules.textError("<script>alert(1)</script>", 2, 80)).as("markup is text, escaped on output").isEmpty();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Registration bad = new Registration("nope", "short", "", "", "rocket", "US", "s".repeat(121), false);

        assertThat(fields(bad)).containsExactly("email", "password", "displayName", "organisation.name", "organisation.kind",
                "organisation.country", "organisation.sector", "acceptTerms");
    }

    @Test
    void kindsAndCountriesComeFromTheirLists() {
        assertThat(AccountRules.kind(" research_technology ")).isEqualTo(OrganisationKind.RESEARCH_TECHNOLOGY);
        assertThat(AccountRules.kind("university")).isNull();
        assertThat(Countries.isKnown("UA")).isTrue();
        assertThat(Countries.isKnown("NO")).isTrue();
        assertThat(Countries.isKnown("US")).isFalse();
        assertThat(Countries.all()).hasSize(27 + 3 + 9 + 1);
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        assertThat(AccountIdentityStore.groups(Role.ADMIN)).containsExactlyInAnyOrder("MEMBER", "MODERATOR", "ADMIN");
        assertThat(AccountIdentityStore.groups(Role.MODERATOR)).containsExactlyInAnyOrder("MEMBER", "MODERATOR");
        assertThat(AccountIdentityStore.groups(Role.MEMBER)).containsExactly("MEMBER");
    }
}
