package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The application's clean URLs, made of what its features declare. */
class CleanUrlsTest {

    private final CleanUrls urls = DeclaredFeatures.cleanUrls();

    @Test
    void aSectionRootShowsItsListView() {
        assertThat(urls.resolve("/boards", null)).contains(new CleanUrls.Target("/views/forum/boards.xhtml", Optional.empty()));
        assertThat(urls.resolve("/boards", "/")).contains(new CleanUrls.Target("/views/forum/boards.xhtml", Optional.empty()));
    }

    @Test
    void oneSegmentDeeperShowsTheItemViewWithTheSegmentAsParameter() {
        assertThat(urls.resolve("/boards", "/funding"))
                .contains(new CleanUrls.Target("/views/forum/board.xhtml", Optional.of("funding")));
    }

    @Test
    void deeperPathsSectionsWithoutItemsAndUnknownSectionsResolveToNothing() {
        assertThat(urls.resolve("/boards", "/funding/more")).isEmpty();
        assertThat(urls.resolve("/signin", "/anything")).isEmpty();
        assertThat(urls.resolve("/nowhere", null)).isEmpty();
        assertThat(urls.resolve("/pages", null)).as("a section without a list").isEmpty();
    }

    @Test
    void viewsMapBackToTheirCleanUrls() {
        assertThat(urls.urlOf("/views/forum/boards.xhtml", Optional.empty())).contains("/boards");
        assertThat(urls.urlOf("/views/forum/board.xhtml", Optional.of("funding"))).contains("/boards/funding");
        assertThat(urls.urlOf("/views/forum/board.xhtml", Optional.empty())).isEmpty();
        assertThat(urls.urlOf("/index.xhtml", Optional.empty())).isEmpty();
    }

    @Test
    void aViewServingBothTheRootAndItemsMapsBackToTheOneItWasShownAs() {
        assertThat(urls.urlOf("/views/announcement/editor.xhtml", Optional.empty())).contains("/announcement-editor");
        assertThat(urls.urlOf("/views/announcement/editor.xhtml", Optional.of("42"))).contains("/announcement-editor/42");
        assertThat(urls.resolve("/moderation/announcement-history", "/7"))
                .contains(new CleanUrls.Target("/views/announcement/history.xhtml", Optional.of("7")));
    }

    @Test
    void everySectionIsCoveredByAServletPatternOfItsAccessLevel() {
        assertThat(urls.patterns(Access.ANYONE)).containsExactly("/announcements/*", "/boards/*", "/matchmaking/*", "/needs/*", "/offers/*",
                "/pages/*", "/password/*", "/post-history/*", "/register/*", "/search/*", "/signin/*", "/still-valid/*", "/threads/*",
                "/unsubscribe/*", "/verify/*");
        assertThat(urls.patterns(Access.MEMBER)).containsExactly("/announcement-editor/*", "/contact/*", "/conversations/*",
                "/edit-need/*", "/edit-offer/*", "/edit-post/*", "/flag/*", "/inbox/*", "/new-need/*", "/new-offer/*", "/new-thread/*", "/notification-settings/*", "/notifications/*",
                "/pledges/*", "/profile/*", "/watch/*");
        assertThat(urls.patterns(Access.MODERATOR)).containsExactly("/moderation/*", "/moderation/announcement-history/*",
                "/moderation/audit/*", "/moderation/dashboard/*", "/moderation/organisations/*");
        assertThat(urls.patterns(Access.ADMIN)).containsExactly("/admin/accounts/*", "/admin/boards/*", "/admin/moderation/*",
                "/admin/search/*");
    }

    @Test
    void viewsWithFormsKeepTheirStateAndReadingViewsDoNot() {
        List<String> withForms = List.of("/views/account/signin.xhtml", "/views/account/register.xhtml", "/views/account/password.xhtml",
                "/views/account/profile.xhtml", "/views/account/admin-accounts.xhtml", "/views/account/organisations.xhtml",
                "/views/announcement/editor.xhtml", "/views/forum/new-thread.xhtml", "/views/forum/edit-post.xhtml",
                "/views/forum/admin-boards.xhtml", "/views/forum/admin-board.xhtml", "/views/search/admin-search.xhtml");
        List<String> reading = List.of("/views/forum/boards.xhtml", "/views/forum/board.xhtml", "/views/forum/thread.xhtml",
                "/views/forum/post-history.xhtml", "/views/announcement/announcements.xhtml", "/views/announcement/announcement.xhtml",
                "/views/announcement/history.xhtml", "/views/search/search.xhtml", "/views/content/page.xhtml",
                "/views/account/verify.xhtml", "/views/matchmaking/overview.xhtml", "/index.xhtml");

        assertThat(withForms).allMatch(urls::hasForms);
        assertThat(reading).noneMatch(urls::hasForms);
    }

    @Test
    void twoSectionsAtOnePathOrOneViewAtTwoUrlsAreRefused() {
        assertThatThrownBy(() -> new CleanUrls(List.of(Section.at("/boards").list("/views/a/a.xhtml"), Section.at("/boards").list("/views/b/b.xhtml"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/boards");
        assertThatThrownBy(() -> new CleanUrls(List.of(Section.at("/a").item("/views/a/a.xhtml"), Section.at("/b").item("/views/a/a.xhtml"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/views/a/a.xhtml");
    }

    @Test
    void aSectionPathIsACleanUrlOutsideTheApiAndTheViews() {
        assertThatThrownBy(() -> Section.at("boards")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.at("/boards/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.at("/boards/*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.at("/api/boards")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.at("/views")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.at("/boards").list("boards.xhtml")).isInstanceOf(IllegalArgumentException.class);
    }
}
