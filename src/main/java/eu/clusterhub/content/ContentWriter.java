package eu.clusterhub.content;

import eu.clusterhub.announcement.AnnouncementSeeder;
import eu.clusterhub.announcement.SeedAnnouncement;
import eu.clusterhub.announcement.SeedTopic;
import eu.clusterhub.forum.Board;
import eu.clusterhub.forum.BoardRepository;
import eu.clusterhub.matchmaking.ListSeeder;
import eu.clusterhub.matchmaking.SeedCertification;
import eu.clusterhub.matchmaking.SeedProduct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import eu.clusterhub.platform.Markdown;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes parsed seed content (boards, pages, topics, announcements, the matchmaking lists)
 * in one transaction:
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

    @Inject
    private ListSeeder lists;

    /** Writes all of it together; counts as {created, updated, unchanged}. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int[] write(List<BoardDefinition> boardDefinitions, List<PageDefinition> pageDefinitions,
                       List<SeedTopic> topics, List<SeedAnnouncement> seedAnnouncements, MatchmakingLists matchmaking) {
        int[] counts = writeBoards(boardDefinitions);
        add(counts, announcements.seedTopics(topics));
        add(counts, announcements.seedAnnouncements(seedAnnouncements));
        add(counts, lists.seedProducts(matchmaking.products()));
        add(counts, lists.seedCertifications(matchmaking.certifications()));
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

    /** The two managed lists of matchmaking, read together. */
    public record MatchmakingLists(List<SeedProduct> products, List<SeedCertification> certifications) {

        static MatchmakingLists read(ContentDirectory directory) {
            return new MatchmakingLists(
                    ProductsFile.readIfPresent(directory.optional(ProductsFile.FILE_NAME), directory.displayName(ProductsFile.FILE_NAME)),
                    CertificationsFile.readIfPresent(directory.optional(CertificationsFile.FILE_NAME),
                            directory.displayName(CertificationsFile.FILE_NAME)));
        }
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
