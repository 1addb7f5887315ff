package eu.clusterhub.content;

import eu.clusterhub.announcement.AnnouncementSeeder;
import eu.clusterhub.announcement.SeedAnnouncement;
import eu.clusterhub.announcement.SeedTopic;
import eu.clusterhub.forum.Board;
import eu.clusterhub.forum.BoardRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import eu.clusterhub.platform.Markdown;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes parsed seed content (boards, pages, topics, announcements) in one transaction:
 * every row of it or none. Boards are
 * matched by slug; boards that disappeared from the file are left alone, since threads
 * may already live on them (archiving is an admin's decision).
 */
@ApplicationScoped
public class ContentWriter {

    @Inject
    private BoardRepository boards;

    @Inject
    private PageRepository pages;

    @Inject
    private AnnouncementSeeder announcements;

    /** Writes all of it together; counts as {created, updated, unchanged}. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int[] write(List<BoardDefinition> boardDefinitions, List<PageDefinition> pageDefinitions,
                       List<SeedTopic> topics, List<SeedAnnouncement> seedAnnouncements) {
        int[] counts = writeBoards(boardDefinitions);
        add(counts, announcements.seedTopics(topics));
        add(counts, announcements.seedAnnouncements(seedAnnouncements));
        for (PageDefinition definition : pageDefinitions) {
            Page page = pages.bySlug(definition.slug()).orElse(null);
            boolean created = page == null;
            if (created) {
                page = new Page(definition.slug());
            }
            // rendered once here, never per request
            boolean changed = page.take(definition.title(), Markdown.toSafeHtml(definition.markdown()), definition.sourceHash());
            if (created) {
                pages.add(page);
                counts[0]++;
            } else {
                counts[changed ? 1 : 2]++;
            }
        }
        return counts;
    }

    private static void add(int[] counts, int[] more) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += more[i];
        }
    }

    private int[] writeBoards(List<BoardDefinition> definitions) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (BoardDefinition definition : definitions) {
            Board board = boards.bySlug(definition.slug()).orElse(null);
            if (board == null) {
                board = new Board(definition.slug(), definition.name(), definition.description(), definition.order());
                board.takeSeed(definition.name(), definition.description(), definition.order(), definition.sourceHash());
                boards.add(board);
                created++;
            } else if (board.takeSeed(definition.name(), definition.description(), definition.order(), definition.sourceHash())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new int[] {created, updated, unchanged};
    }
}
