package eu.clusterhub.announcement;

import eu.clusterhub.account.Account;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.audit.StaffActionTaken;
import eu.clusterhub.search.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Every change to an announcement: moderators write, publish, archive and pin; members
 * suggest drafts. Each change asks {@link AnnouncementPermissions} first and leaves a revision.
 */
@ApplicationScoped
@Transactional
public class AnnouncementService {

    private static final Logger LOG = Logger.getLogger(AnnouncementService.class.getName());

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private SearchOutbox searchOutbox;

    @Inject
    private AnnouncementNotifications notifications;

    @Inject
    private Event<StaffActionTaken> staffActions;

    /** A moderator's new announcement, as a draft. */
    public Announcement create(AnnouncementInput input, Account caller) {
        Editor editor = moderator(caller);
        Announcement created = newDraft(input, caller.getId(), editor,
                input.verified() ? RevisionAction.VERIFIED : RevisionAction.CREATED, input.verified());
        staffActions.fire(StaffActionTaken.of(caller.getId(), AnnouncementStaffActions.CREATE, "announcement", created.getId())
                .change(null, summary(created)));
        EventLog.info(LOG, "announcement.created", "id=" + created.getId() + " by=" + caller.getId());
        return created;
    }

    /** A member's suggestion: a draft that moderators see with the suggester noted. */
    public Announcement suggest(AnnouncementInput input, Account caller) {
        AnnouncementPermissions.of(caller).maySuggest().check();
        Announcement draft = newDraft(input, caller.getId(), editorOf(caller), RevisionAction.SUGGESTED, false);
        draft.suggestedBy(caller.getId());
        EventLog.info(LOG, "announcement.suggested", "id=" + draft.getId() + " by=" + caller.getId());
        return draft;
    }

    private Announcement newDraft(AnnouncementInput input, Long createdBy, Editor editor, RevisionAction action, boolean verified) {
        AnnouncementContent content = AnnouncementRules.check(input, repository::topic);
        LocalDateTime now = now();
        Announcement announcement = new Announcement(freeSlug(content.title()), createdBy, now);
        announcement.write(content, now);
        if (verified) {
            announcement.verify(new Verification(editor.accountId(), editor.name(), now));
        }
        repository.add(announcement);
        record(announcement, null, action, editor, now);
        return announcement;
    }

    /**
     * A moderator's edit, based on the version the editor started from. A stale version is
     * refused before anything is written.
     */
    public Announcement update(long id, AnnouncementInput input, long basedOnVersion, Account caller) {
        Editor editor = moderator(caller);
        Announcement announcement = repository.forUpdate(id).orElseThrow(() -> new NotFound("No such announcement"));
        if (announcement.getVersion() != basedOnVersion) {
            AnnouncementRevision last = repository.revisions(id).get(0);
            throw new StaleEdit(announcement.getVersion(), last.getEditedByName(), last.getEditedAt());
        }
        AnnouncementContent content = AnnouncementRules.check(input, repository::topic);
        Snapshot before = Snapshot.of(announcement);
        String summaryBefore = summary(announcement);
        LocalDateTime now = now();
        boolean changed = announcement.write(content, now);
        if (!changed && !input.verified()) {
            // no revision, and readers do not see a false "updated on"
            throw new NothingChanged();
        }
        if (input.verified()) {
            announcement.verify(new Verification(editor.accountId(), editor.name(), now));
        }
        AnnouncementRevision revision = record(announcement, before,
                input.verified() ? RevisionAction.VERIFIED : RevisionAction.EDITED, editor, now);
        notifications.revised(announcement, revision, before, caller.getId());
        staffActions.fire(StaffActionTaken.of(caller.getId(), input.verified() ? AnnouncementStaffActions.VERIFY : AnnouncementStaffActions.EDIT,
                "announcement", id).change(summaryBefore, summary(announcement)));
        EventLog.info(LOG, "announcement.edited", "id=" + id + " by=" + caller.getId());
        return announcement;
    }

    /** Publishes; a moderator who publishes an unverified announcement vouches for it. */
    public Announcement publish(long id, Account caller) {
        boolean[] wasPublished = {false};
        Announcement published = transition(id, caller, RevisionAction.PUBLISHED, (a) -> {
            wasPublished[0] = a.getStatus() == AnnouncementStatus.PUBLISHED;
            LocalDateTime now = now();
            if (!a.getVerification().isPresent()) {
                a.verify(new Verification(caller.getId(), caller.getDisplayName(), now));
            }
            a.publish(now);
        });
        if (!wasPublished[0]) {
            notifications.published(published, caller.getId());
        }
        return published;
    }

    public Announcement archive(long id, Account caller) {
        return transition(id, caller, RevisionAction.ARCHIVED, Announcement::archive);
    }

    public Announcement pin(long id, Account caller) {
        return transition(id, caller, RevisionAction.PINNED, a -> a.pin(true));
    }

    public Announcement unpin(long id, Account caller) {
        return transition(id, caller, RevisionAction.UNPINNED, a -> a.pin(false));
    }

    private Announcement transition(long id, Account caller, RevisionAction action, Consumer<Announcement> change) {
        Editor editor = moderator(caller);
        Announcement announcement = repository.forUpdate(id).orElseThrow(() -> new NotFound("No such announcement"));
        Snapshot before = Snapshot.of(announcement);
        String summaryBefore = summary(announcement);
        change.accept(announcement);
        if (!Snapshot.of(announcement).changedSince(before).isEmpty()) {
            staffActions.fire(StaffActionTaken.of(caller.getId(), AnnouncementStaffActions.of(action), "announcement", id)
                    .change(summaryBefore, summary(announcement)));
            record(announcement, before, action, editor, now());
            EventLog.info(LOG, "announcement." + action.name().toLowerCase(), "id=" + id + " by=" + caller.getId());
        }
        return announcement;
    }

    /** Writes the revision of a change; the version it records is the one after the change. */
    AnnouncementRevision record(Announcement announcement, Snapshot before, RevisionAction action, Editor editor, LocalDateTime at) {
        Snapshot after = Snapshot.of(announcement);
        int number = repository.lastRevisionNumber(announcement.getId()) + 1;
        AnnouncementRevision revision = new AnnouncementRevision(announcement.getId(), number, action, after.changedSince(before),
                editor, at, after);
        repository.add(revision);
        searchOutbox.announcement(announcement.getId()); // the relay indexes it if published, else removes it
        return revision;
    }

    /** An announcement as the audit log summarises it: title, status, verified, pinned. */
    static String summary(Announcement a) {
        return "\"" + a.getTitle() + "\" " + a.getStatus().name().toLowerCase() + (a.getVerification().isPresent() ? ", verified" : "")
                + (a.isPinned() ? ", pinned" : "");
    }

    String freeSlug(String title) {
        String base = AnnouncementRules.slugOf(title);
        String slug = base;
        for (int n = 2; repository.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static Editor moderator(Account caller) {
        AnnouncementPermissions.of(caller).mayWrite().check();
        return editorOf(caller);
    }

    private static Editor editorOf(Account caller) {
        return new Editor(caller.getId(), caller.getDisplayName());
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The revisions of an announcement, newest first (moderators only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AnnouncementRevision> revisions(long id, Account caller) {
        moderator(caller);
        repository.byId(id).orElseThrow(() -> new NotFound("No such announcement"));
        return repository.revisions(id);
    }
}
