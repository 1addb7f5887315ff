package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CleanUrlsTest {

    @Test
    void aSectionRootShowsItsListView() {
        assertThat(CleanUrls.resolve("/boards", null)).contains(new CleanUrls.Target("/views/forum/boards.xhtml", Optional.empty()));
        assertThat(CleanUrls.resolve("/boards", "/")).contains(new CleanUrls.Target("/views/forum/boards.xhtml", Optional.empty()));
    }

    @Test
    void oneSegmentDeeperShowsTheItemViewWithTheSegmentAsParameter() {
        assertThat(CleanUrls.resolve("/boards", "/funding"))
                .contains(new CleanUrls.Target("/views/forum/board.xhtml", Optional.of("funding")));
    }

    @Test
    void deeperPathsSectionsWithoutItemsAndUnknownSectionsResolveToNothing() {
        assertThat(CleanUrls.resolve("/boards", "/funding/more")).isEmpty();
        assertThat(CleanUrls.resolve("/signin", "/anything")).isEmpty();
        assertThat(CleanUrls.resolve("/nowhere", null)).isEmpty();
        assertThat(CleanUrls.resolve("/pages", null)).as("a section without a list").isEmpty();
    }

    @Test
    void viewsMapBackToTheirCleanUrls() {
        assertThat(CleanUrls.urlOf("/views/forum/boards.xhtml", Optional.empty())).contains("/boards");
        assertThat(CleanUrls.urlOf("/views/forum/board.xhtml", Optional.of("funding"))).contains("/boards/funding");
        assertThat(CleanUrls.urlOf("/views/forum/board.xhtml", Optional.empty())).isEmpty();
        assertThat(CleanUrls.urlOf("/index.xhtml", Optional.empty())).isEmpty();
    }

    @Test
    void aViewServingBothTheRootAndItemsMapsBackToTheOneItWasShownAs() {
        assertThat(CleanUrls.urlOf("/views/announcement/editor.xhtml", Optional.empty())).contains("/announcement-editor");
        assertThat(CleanUrls.urlOf("/views/announcement/editor.xhtml", Optional.of("42"))).contains("/announcement-editor/42");
        assertThat(CleanUrls.resolve("/moderation/announcement-history", "/7"))
                .contains(new CleanUrls.Target("/views/announcement/history.xhtml", Optional.of("7")));
    }

    @Test
    void everySectionIsCoveredByAServletPattern() {
        assertThat(CleanUrls.sectionPatterns()).containsExactly("/admin/accounts/*", "/admin/boards/*", "/admin/search/*", "/announcement-editor/*", "/announcements/*",
                "/boards/*", "/edit-post/*", "/moderation/announcement-history/*", "/moderation/organisations/*",
                "/new-thread/*", "/pages/*", "/password/*", "/post-history/*", "/profile/*", "/register/*", "/search/*", "/signin/*", "/threads/*",
                "/verify/*");
    }
}
