package eu.clusterhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.account.PostingLimits.Action;
import eu.clusterhub.account.PostingLimits.Standing;
import org.junit.jupiter.api.Test;

class PostingLimitsTest {

    @Test
    void standingFollowsRoleAndTheOrganisationsVerification() {
        Organisation unverified = new Organisation("Valves Ltd", OrganisationKind.COMPANY, "IT", "Valves");
        Organisation verified = new Organisation("Masks SpA", OrganisationKind.COMPANY, "IT", "Masks");
        verified.verify(1);
        assertThat(Standing.of(new Account("a@x.test", "A", "h", Role.MEMBER, unverified))).isEqualTo(Standing.NEW);
        assertThat(Standing.of(new Account("b@x.test", "B", "h", Role.MEMBER, null))).isEqualTo(Standing.NEW);
        assertThat(Standing.of(new Account("c@x.test", "C", "h", Role.MEMBER, verified))).isEqualTo(Standing.VERIFIED);
        assertThat(Standing.of(new Account("d@x.test", "D", "h", Role.MODERATOR, unverified))).isEqualTo(Standing.STAFF);
        assertThat(Standing.of(new Account("e@x.test", "E", "h", Role.ADMIN, null))).isEqualTo(Standing.STAFF);
    }

    @Test
    void eachActionHasALimitPerStanding() {
        assertThat(Action.THREAD.limitName(Standing.NEW)).isEqualTo("threads-per-account");
        assertThat(Action.THREAD.limitName(Standing.VERIFIED)).isEqualTo("threads-per-verified-account");
        assertThat(Action.REPLY.limitName(Standing.NEW)).isEqualTo("replies-per-account");
        assertThat(Action.CONTACT_REQUEST.limitName(Standing.NEW)).isEqualTo("contact-requests-per-account");
        assertThat(Action.CONTACT_REQUEST.limitName(Standing.VERIFIED)).isEqualTo("contact-requests-per-verified-account");
    }

    @Test
    void linksAreDifferentAddressesHoweverWritten() {
        assertThat(PostingLimits.links("No links, only an e-mail: a@b.example and a dot. www")).isZero();
        assertThat(PostingLimits.links("See https://one.example/a, [two](https://two.example/b), <https://three.example> "
                + "and www.four.example: again https://one.example/a and HTTP://WWW.FOUR.EXAMPLE/")).isEqualTo(4);
        assertThat(PostingLimits.links("[https://same.example](https://same.example)")).isEqualTo(1);
        assertThat(PostingLimits.links("<a href=\"ftp://files.example/x\">x</a>")).isEqualTo(1);
    }
}
