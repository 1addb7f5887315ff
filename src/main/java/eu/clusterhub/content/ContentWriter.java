package eu.clusterhub.content;

import eu.clusterhub.forum.Board;
import eu.clusterhub.forum.BoardRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes parsed seed content in one transaction: every row of it or none. Boards are
 * matched by slug; boards that disappeared from the file are left alone, since threads
 * may already live on them (archiving is an admin's decision).
 */
@ApplicationScoped
public class ContentWriter {

    @Inject
    private BoardRepository boards;

    /** Counts as {created, updated, unchanged}. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int[] writeBoards(List<BoardDefinition> definitions) {
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
