package eu.clusterhub.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AnnouncementRulesTest {

    private static final Function<String, Optional<Topic>> TOPICS =
            slug -> List.of("state-aid", "funding", "medical-equipment").contains(slug) ? Optional.of(new Topic(slug)) : Optional.empty();

    static AnnouncementInput valid() {
        return new AnnouncementInput("Temporary Framework for State aid", "Member States may grant more aid.",
                "The **Commission** adopted it.", "european-commission", "DG COMP", null, List.of("state-aid"),
                List.of(new AnnouncementInput.LinkInput("https://ec.europa.eu/commission/presscorner/detail/en/ip_20_496", "Press release")),
                "2020-03-19", null, null, false);
    }

    @Test
    void aCompleteAnnouncementPasses() {
        AnnouncementContent content = AnnouncementRules.check(valid(), TOPICS);
        assertThat(content.title()).isEqualTo("Temporary Framework for State aid");
        assertThat(content.sourceType()).isEqualTo(SourceType.EUROPEAN_COMMISSION);
        assertThat(content.effectiveDate()).isEqualTo(LocalDate.of(2020, 3, 19));
        assertThat(content.language()).isEqualTo("en");
        assertThat(content.links()).extracting(OfficialLink::getLabel).containsExactly("Press release");
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        AnnouncementInput empty = new AnnouncementInput(" ", null, "", null, null, null, List.of(), List.of(), null, null, null, false);
        assertThat(errors(empty)).extracting(FieldError::field)
                .containsExactly("title", "summary", "body", "sourceType", "issuingBody", "topics", "links", "effectiveDate");
    }

    @Test
    void aMemberStateSourceNeedsACountryAndCountriesMustBeReal() {
        assertThat(errors(with(valid(), "member-state", null))).containsExactly(
                new FieldError("country", "Choose the country of the Member State"));
        assertThat(errors(with(valid(), "member-state", "XX"))).extracting(FieldError::field).containsExactly("country");
        assertThat(errors(with(valid(), "member-state", "ZZ"))).extracting(FieldError::field).containsExactly("country");
        assertThat(AnnouncementRules.check(with(valid(), "member-state", "el"), TOPICS).country())
                .as("the EU's code for Greece").isEqualTo("GR");
    }

    @Test
    void officialLinksMustBeAbsoluteHttpAddresses() {
        for (String bad : List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "ftp://example.org/x",
                "/relative/path", "https://", "http://exa mple.org", "https://user:pw@example.org/", "mailto:a@b.eu",
                "https://example.org/" + "a".repeat(2000))) {
            assertThat(errors(withLink(valid(), bad))).as(bad).extracting(FieldError::field).containsExactly("links[0].url");
        }
        assertThat(AnnouncementRules.check(withLink(valid(), " HTTPS://eur-lex.europa.eu/eli/reg/2020/402/oj "), TOPICS)
                .links().get(0).getUrl()).isEqualTo("HTTPS://eur-lex.europa.eu/eli/reg/2020/402/oj");
    }

    @Test
    void overlongFieldsAreRefusedWithTheirLength() {
        AnnouncementInput in = valid();
        AnnouncementInput overlong = new AnnouncementInput("t".repeat(201), "s".repeat(501), "b".repeat(50_001), in.sourceType(),
                "i".repeat(201), null, in.topics(), in.links(), in.effectiveDate(), null, null, false);
        assertThat(errors(overlong)).extracting(FieldError::field).containsExactly("title", "summary", "body", "issuingBody");
        assertThat(errors(overlong).get(0).message()).contains("at most 200").contains("201");
    }

    @Test
    void topicsMustComeFromTheManagedListAndBeFew() {
        AnnouncementInput in = valid();
        AnnouncementInput unknown = new AnnouncementInput(in.title(), in.summary(), in.body(), in.sourceType(), in.issuingBody(),
                null, List.of("state-aid", "<script>"), in.links(), in.effectiveDate(), null, null, false);
        assertThat(errors(unknown)).extracting(FieldError::message).containsExactly("Unknown topic '<script>'");
        AnnouncementInput many = new AnnouncementInput(in.title(), in.summary(), in.body(), in.sourceType(), in.issuingBody(),
                null, List.of("a", "b", "c", "d", "e", "f"), in.links(), in.effectiveDate(), null, null, false);
        assertThat(errors(many)).extracting(FieldError::field).containsExactly("topics");
    }

    @Test
    void datesAreIsoAndTheExpiryComesAfterTheStart() {
        AnnouncementInput in = valid();
        AnnouncementInput bad = new AnnouncementInput(in.title(), in.summary(), in.body(), in.sourceType(), in.issuingBody(),
                null, in.topics(), in.links(), "19/03/2020", "2020-02-30", "xx", false);
        assertThat(errors(bad)).extracting(FieldError::field).containsExactly("effectiveDate", "expiryDate", "language");
        AnnouncementInput backwards = new AnnouncementInput(in.title(), in.summary(), in.body(), in.sourceType(), in.issuingBody(),
                null, in.topics(), in.links(), "2020-03-19", "2020-03-01", "de", false);
        assertThat(errors(backwards)).extracting(FieldError::field).containsExactly("expiryDate");
    }

    @Test
    void controlCharactersAndRunsOfWhitespaceLeaveSingleLineFields() {
        AnnouncementInput in = valid();
        AnnouncementInput messy = new AnnouncementInput("  Aid\u0000 for\n\n  industry ", "One\u0007 line", in.body(), in.sourceType(),
                in.issuingBody(), null, in.topics(), in.links(), in.effectiveDate(), null, null, false);
        AnnouncementContent content = AnnouncementRules.check(messy, TOPICS);
        assertThat(content.title()).isEqualTo("Aid for industry");
        assertThat(content.summary()).isEqualTo("One line");
    }

    @Test
    void slugsAreReadableAsciiAndBounded() {
        assertThat(AnnouncementRules.slugOf("Aide d'État: mesures temporaires")).isEqualTo("aide-d-etat-mesures-temporaires");
        assertThat(AnnouncementRules.slugOf("<script>alert(1)</script>")).isEqualTo("script-alert-1-script");
        assertThat(AnnouncementRules.slugOf("!!!")).isEqualTo("announcement");
        assertThat(AnnouncementRules.slugOf("word ".repeat(40))).hasSizeLessThanOrEqualTo(70).doesNotEndWith("-");
    }

    private static List<FieldError> errors(AnnouncementInput input) {
        try {
            AnnouncementRules.check(input, TOPICS);
        } catch (ValidationFailed e) {
            return e.errors();
        }
        throw new AssertionError("accepted: " + input);
    }

    private static AnnouncementInput with(AnnouncementInput in, String source, String country) {
        return new AnnouncementInput(in.title(), in.summary(), in.body(), source, in.issuingBody(), country, in.topics(),
                in.links(), in.effectiveDate(), in.expiryDate(), in.language(), false);
    }

    private static AnnouncementInput withLink(AnnouncementInput in, String url) {
        return new AnnouncementInput(in.title(), in.summary(), in.body(), in.sourceType(), in.issuingBody(), in.country(),
                in.topics(), List.of(new AnnouncementInput.LinkInput(url, "Official")), in.effectiveDate(), in.expiryDate(),
                in.language(), false);
    }
}
