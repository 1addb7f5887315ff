package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.Permission;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may do what in matchmaking, for every kind of caller, without a container. */
class MatchmakingPermissionsTest {

    private static final long OWNER = 1;
    private static final long OTHER = 2;
    private static final long MODERATOR = 3;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    private static final MatchmakingPermissions ANONYMOUS = new MatchmakingPermissions(null, false, false, false);
    private static final MatchmakingPermissions UNCONFIRMED = new MatchmakingPermissions(OTHER, false, false, true);
    private static final MatchmakingPermissions NO_ORGANISATION = new MatchmakingPermissions(OTHER, false, true, false);
    private static final MatchmakingPermissions OWNER_ = new MatchmakingPermissions(OWNER, false, true, true);
    private static final MatchmakingPermissions OTHER_ = new MatchmakingPermissions(OTHER, false, true, true);
    private static final MatchmakingPermissions MODERATOR_ = new MatchmakingPermissions(MODERATOR, true, true, true);

    private static Class<?> refusal(Permission permission) {
        return permission.isGranted() ? null : permission.refusal().getClass();
    }

    private static ProductCategory masks() {
        ProductCategory category = new ProductCategory("ffp2-masks") {
            @Override
            public Long getId() {
                return 7L;
            }
        };
        category.takeSeed(new SeedProduct("ffp2-masks", "FFP2 masks", null, 1, Unit.PIECES, null, 1), null);
        return category;
    }

    private static Offer offer() {
        ProductCategory category = masks();
        var input = new ListingRules.OfferInput(category, "FFP2 masks", "x", 100, Unit.PIECES, 0, 0, Set.of(), Set.of(),
                LocalDate.of(2027, 1, 1), "en");
        return new Offer(OWNER, 10L, input, NOW);
    }

    private static Need need() {
        ProductCategory category = masks();
        var input = new ListingRules.NeedInput(category, "FFP2 masks", "x", 100, Unit.PIECES, LocalDate.of(2026, 12, 10), "IT",
                null, Set.of(), "en");
        return new Need(OWNER, 10L, input, NOW);
    }

    @Test
    void publishingNeedsAConfirmedMemberOfAnOrganisation() {
        assertThat(refusal(ANONYMOUS.mayPublish())).isEqualTo(NotAuthenticated.class);
        assertThat(refusal(UNCONFIRMED.mayPublish())).isEqualTo(Forbidden.class);
        assertThat(NO_ORGANISATION.mayPublish().refusal().reason()).contains("organisation");
        for (MatchmakingPermissions may : List.of(OWNER_, OTHER_, MODERATOR_)) {
            assertThat(may.mayPublish().isGranted()).isTrue();
        }
    }

    @Test
    void ownersEditModeratorsCloseAndHistoryStaysAsItIs() {
        Offer offer = offer();
        assertThat(OWNER_.mayEdit(offer).isGranted()).isTrue();
        assertThat(refusal(OTHER_.mayEdit(offer))).isEqualTo(Forbidden.class);
        assertThat(refusal(MODERATOR_.mayEdit(offer))).as("moderators close, they do not rewrite").isEqualTo(Forbidden.class);
        assertThat(refusal(ANONYMOUS.mayEdit(offer))).isEqualTo(NotAuthenticated.class);
        assertThat(OWNER_.mayClose(offer).isGranted()).isTrue();
        assertThat(MODERATOR_.mayClose(offer).isGranted()).isTrue();
        assertThat(refusal(OTHER_.mayClose(offer))).isEqualTo(Forbidden.class);

        offer.changeStatus(OfferStatus.CLOSED, NOW);
        assertThat(refusal(OWNER_.mayEdit(offer))).isEqualTo(Conflict.class);
        assertThat(refusal(MODERATOR_.mayClose(offer))).isEqualTo(Conflict.class);

        Need need = need();
        need.pledge(100, NOW);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.COVERED);
        assertThat(OWNER_.mayEdit(need).isGranted()).as("a covered need may still change").isTrue();
        need.close(NeedStatus.EXPIRED, NOW);
        assertThat(refusal(OWNER_.mayEdit(need))).isEqualTo(Conflict.class);
        assertThat(refusal(OWNER_.mayPledge(need))).isEqualTo(Conflict.class);
    }

    @Test
    void contactGoesFromOnesOwnOpenListingToSomeoneElses() {
        assertThat(OWNER_.mayContact(OWNER, true, OTHER, true).isGranted()).isTrue();
        assertThat(refusal(OWNER_.mayContact(OWNER, true, OWNER, true))).isEqualTo(Conflict.class);
        assertThat(refusal(OTHER_.mayContact(OWNER, true, MODERATOR, true))).isEqualTo(Forbidden.class);
        assertThat(refusal(OWNER_.mayContact(OWNER, true, OTHER, false))).isEqualTo(Conflict.class);
        assertThat(refusal(ANONYMOUS.mayContact(OWNER, true, OTHER, true))).isEqualTo(NotAuthenticated.class);
    }

    @Test
    void aConversationIsItsMembersModeratorsReadOnlyAndNoOneElseSeesIt() {
        assertThat(OWNER_.mayRead(OWNER, OTHER).isGranted()).isTrue();
        assertThat(OTHER_.mayRead(OWNER, OTHER).isGranted()).isTrue();
        assertThat(MODERATOR_.mayRead(OWNER, OTHER).isGranted()).isTrue();
        assertThat(MODERATOR_.readsAsModerator(OWNER, OTHER)).isTrue();
        assertThat(OWNER_.readsAsModerator(OWNER, OTHER)).isFalse();
        assertThat(refusal(MODERATOR_.mayWrite(OWNER, OTHER))).isEqualTo(Forbidden.class);
        MatchmakingPermissions third = new MatchmakingPermissions(99L, false, true, true);
        assertThat(refusal(third.mayRead(OWNER, OTHER))).isEqualTo(NotFound.class);
        assertThat(refusal(third.mayWrite(OWNER, OTHER))).isEqualTo(NotFound.class);
    }

    @Test
    void pledgesAreTheNeedsOwnersAndExportsAreForModerators() {
        Need need = need();
        assertThat(OWNER_.mayPledge(need).isGranted()).isTrue();
        assertThat(refusal(OTHER_.mayPledge(need))).isEqualTo(Forbidden.class);
        assertThat(refusal(MODERATOR_.mayPledge(need))).isEqualTo(Forbidden.class);
        assertThat(MODERATOR_.mayExport().isGranted()).isTrue();
        assertThat(refusal(OWNER_.mayExport())).isEqualTo(Forbidden.class);
        assertThat(refusal(ANONYMOUS.mayExport())).isEqualTo(NotAuthenticated.class);
    }
}
