package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.Conflict;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.Forbidden;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import eu.clusterhub.platform.StaleVersion;
import eu.clusterhub.platform.audit.StaffActionTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Admins add, rename, reorder and archive boards. A board's slug is its address and never
 * changes; boards are archived, never deleted, so no thread loses its home. A board that
 * also comes from content/boards.yml takes that file's entry again only when the entry
 * itself changes.
 */
@ApplicationScoped
@Transactional
public class BoardAdministration {

    private static final Logger LOG = Logger.getLogger(BoardAdministration.class.getName());
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Inject
    private BoardRepository boards;

    @Inject
    private Event<StaffActionTaken> staffActions;

    public Board add(String slug, String name, String description, Account caller) {
        requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>();
        String cleanSlug = slug == null ? "" : slug.strip();
        if (cleanSlug.length() < 2 || cleanSlug.length() > 64 || !SLUG.matcher(cleanSlug).matches()) {
            errors.add(new FieldError("slug", "Use 2 to 64 lower-case letters, digits and single hyphens, e.g. medical-devices"));
        }
        Texts texts = texts(name, description, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (boards.bySlug(cleanSlug).isPresent()) {
            throw new Conflict("Board exists", "There is already a board at /boards/" + cleanSlug);
        }
        int last = boards.allForUpdate().stream().mapToInt(Board::getPosition).max().orElse(0);
        Board board = new Board(cleanSlug, texts.name(), texts.description(), last + 1);
        boards.add(board);
        staffActions.fire(StaffActionTaken.of(caller.getId(), ForumStaffActions.BOARD_CREATE, "board", cleanSlug)
                .change(null, summary(board)));
        EventLog.info(LOG, "board.added", "slug=" + cleanSlug + " by=" + caller.getId());
        return board;
    }

    /** A new name and description, refused if the board changed since the admin opened it. */
    public Board rename(String slug, String name, String description, long basedOnVersion, Account caller) {
        requireAdmin(caller);
        List<FieldError> errors = new ArrayList<>();
        Texts texts = texts(name, description, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Board board = locked(slug);
        if (board.getVersion() != basedOnVersion) {
            throw new StaleVersion("This board was changed after you opened it; nothing was saved. "
                    + "Reload it and make your change again.");
        }
        String before = summary(board);
        board.rename(texts.name(), texts.description());
        if (!before.equals(summary(board))) {
            staffActions.fire(StaffActionTaken.of(caller.getId(), ForumStaffActions.BOARD_EDIT, "board", board.getSlug())
                    .change(before, summary(board)));
        }
        EventLog.info(LOG, "board.renamed", "slug=" + slug + " by=" + caller.getId());
        return board;
    }

    public Board archive(String slug, boolean archived, Account caller) {
        requireAdmin(caller);
        Board board = locked(slug);
        if (board.isArchived() != archived) {
            staffActions.fire(StaffActionTaken.of(caller.getId(), archived ? ForumStaffActions.BOARD_ARCHIVE : ForumStaffActions.BOARD_UNARCHIVE,
                    "board", board.getSlug()).change(archived ? "open" : "archived", archived ? "archived" : "open"));
        }
        board.archive(archived);
        EventLog.info(LOG, archived ? "board.archived" : "board.restored", "slug=" + slug + " by=" + caller.getId());
        return board;
    }

    /** The boards in the order given; every board must be named exactly once. */
    public List<Board> reorder(List<String> slugs, Account caller) {
        requireAdmin(caller);
        List<Board> all = boards.allForUpdate();
        Set<String> known = new HashSet<>(all.stream().map(Board::getSlug).toList());
        if (slugs.size() != known.size() || !known.equals(new HashSet<>(slugs))) {
            throw ValidationFailed.of("slugs", "List every board exactly once: " + String.join(", ", known.stream().sorted().toList()));
        }
        String before = String.join(", ", all.stream().sorted(java.util.Comparator.comparingInt(Board::getPosition)).map(Board::getSlug).toList());
        for (Board board : all) {
            board.moveTo(slugs.indexOf(board.getSlug()) + 1);
        }
        String after = String.join(", ", slugs);
        if (!before.equals(after)) {
            staffActions.fire(StaffActionTaken.of(caller.getId(), ForumStaffActions.BOARD_REORDER, "board", "*").change(before, after));
        }
        EventLog.info(LOG, "board.reordered", "by=" + caller.getId());
        return all.stream().sorted(java.util.Comparator.comparingInt(Board::getPosition)).toList();
    }

    /** One step up (-1) or down (+1) in the display order, swapping places with the neighbour. */
    public void move(String slug, int step, Account caller) {
        List<String> order = new ArrayList<>(boards.listed().stream().map(Board::getSlug).toList());
        int from = order.indexOf(slug);
        if (from < 0) {
            throw new NotFound("No such board");
        }
        int to = Math.max(0, Math.min(order.size() - 1, from + step));
        order.add(to, order.remove(from));
        reorder(order, caller);
    }

    /** A board as the audit log summarises it. */
    private static String summary(Board board) {
        return board.getName() + ": " + board.getDescription();
    }

    private Board locked(String slug) {
        return boards.bySlugForUpdate(slug == null ? "" : slug).orElseThrow(() -> new NotFound("No such board"));
    }

    private record Texts(String name, String description) {
    }

    private static Texts texts(String name, String description, List<FieldError> errors) {
        String cleanName = name == null ? "" : name.strip();
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanName.isEmpty() || cleanName.length() > 120) {
            errors.add(new FieldError("name", "Give the board a name of 1 to 120 characters"));
        }
        if (cleanDescription.isEmpty() || cleanDescription.length() > 300) {
            errors.add(new FieldError("description", "Describe the board in 1 to 300 characters"));
        }
        return new Texts(cleanName, cleanDescription);
    }

    private static void requireAdmin(Account caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("Only admins manage boards");
        }
    }
}
