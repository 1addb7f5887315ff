package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.PostingLimits;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.notification.NewEvent;
import eu.clusterhub.notification.NotificationEvents;
import eu.clusterhub.notification.NotificationKind;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.RateLimiter;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.audit.StaffActionTaken;
import eu.clusterhub.search.SearchOutbox;
import eu.clusterhub.platform.ContentWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Contact requests and the private conversations they open, as {@link MatchmakingPermissions}
 * allows: a request goes from one's own need or offer to someone else's; the first one for a
 * (need, offer) pair opens the conversation (and moves an open need to "in contact"), later
 * ones add to it. Every message tells the other member by mail (without its text); members'
 * reads move their unread marks, a moderator's read is recorded. Contact requests and
 * messages are rate-limited per account (contact requests by the caller's standing, see
 * {@link PostingLimits}; messages {@value #MESSAGES_LIMIT}).
 */
@ApplicationScoped
@Transactional
public class ConversationService {

    static final String MESSAGES_LIMIT = "conversation-messages-per-account";
    private static final Logger LOG = Logger.getLogger(ConversationService.class.getName());

    @Inject
    private Event<StaffActionTaken> staffActions;

    @Inject
    private ListingRepository listings;

    @Inject
    private ConversationRepository conversations;

    @Inject
    private AccountRepository accounts;

    @Inject
    private RateLimiter limiter;

    @Inject
    private PostingLimits postingLimits;

    @Inject
    private Event<ContentWritten> written;

    @Inject
    private NotificationEvents events;

    @Inject
    private SearchOutbox searchOutbox;

    /** A message sent; {@code opened} when it opened the conversation. */
    public record Sent(Conversation conversation, ConversationMessage message, boolean opened) {
    }

    /** One page of a conversation as the caller reads it. */
    public record Read(Conversation conversation, List<ConversationMessage> messages, int page, int size,
                       boolean asModerator) {

        public int pageCount() {
            return Math.max(1, (conversation.getMessageCount() + size - 1) / size);
        }
    }

    /** A row of the inbox: the conversation, what it is about, who the other member is, how much is unread. */
    public record InboxRow(Conversation conversation, Need need, Offer offer, Account other, long otherId, long unread) {
    }

    /** The owner of a need writes to the owner of an offer. */
    public Sent contactFromNeed(long needId, Long offerId, String message, Account caller) {
        if (offerId == null) {
            throw ValidationFailed.of("offerId", "Name the offer to contact (offerId)");
        }
        return contact(needId, offerId, true, message, caller);
    }

    /** The owner of an offer writes to the owner of a need. */
    public Sent contactFromOffer(long offerId, Long needId, String message, Account caller) {
        if (needId == null) {
            throw ValidationFailed.of("needId", "Name the need to contact (needId)");
        }
        return contact(needId, offerId, false, message, caller);
    }

    private Sent contact(long needId, long offerId, boolean fromNeed, String message, Account caller) {
        // the need's row lock also serializes two first requests for the same pair
        Need need = listings.needForUpdate(needId).orElseThrow(() -> new NotFound("No such need"));
        Offer offer = listings.offer(offerId).orElseThrow(() -> new NotFound("No such offer"));
        MatchmakingPermissions may = MatchmakingPermissions.of(caller);
        if (fromNeed) {
            may.mayContact(need.getOwnerId(), isOpen(need), offer.getOwnerId(), isOpen(offer)).check();
        } else {
            may.mayContact(offer.getOwnerId(), isOpen(offer), need.getOwnerId(), isOpen(need)).check();
        }
        String text = ConversationRules.message(message);
        Conversation conversation = conversations.byPair(needId, offerId).orElse(null);
        boolean opened = conversation == null;
        LocalDateTime now = OfferService.now();
        if (opened) {
            postingLimits.acquire(PostingLimits.Action.CONTACT_REQUEST, caller);
            limiter.acquire(MESSAGES_LIMIT, Long.toString(caller.getId()));
            conversation = new Conversation(need, offer, caller.getId(), now);
            conversations.add(conversation);
            NeedStatus before = need.getStatus();
            need.contacted(now);
            if (need.getStatus() != before) {
                searchOutbox.need(needId);
            }
            EventLog.info(LOG, "conversation.opened", "id=" + conversation.getId() + " need=" + needId + " offer=" + offerId
                    + " by=" + caller.getId());
        } else {
            conversation = conversations.conversationForUpdate(conversation.getId()).orElseThrow();
            limiter.acquire(MESSAGES_LIMIT, Long.toString(caller.getId()));
        }
        ConversationMessage written = write(conversation, text, caller, need, now);
        return new Sent(conversation, written, opened);
    }

    /** A member answers in a conversation. */
    public ConversationMessage reply(long conversationId, String message, Account caller) {
        Conversation conversation = conversations.conversationForUpdate(conversationId)
                .orElseThrow(() -> new NotFound("No such conversation"));
        MatchmakingPermissions.of(caller).mayWrite(conversation.getNeedOwnerId(), conversation.getOfferOwnerId()).check();
        String text = ConversationRules.message(message);
        limiter.acquire(MESSAGES_LIMIT, Long.toString(caller.getId()));
        Need need = listings.need(conversation.getNeedId()).orElseThrow();
        return write(conversation, text, caller, need, OfferService.now());
    }

    private ConversationMessage write(Conversation conversation, String text, Account caller, Need need, LocalDateTime now) {
        ConversationMessage written = new ConversationMessage(conversation.getId(), caller.getId(), text, now);
        conversations.add(written);
        this.written.fire(new ContentWritten("message", written.getId(), caller.getId(), text));
        conversation.added(now);
        conversations.markRead(conversation.getId(), caller.getId(), written.getId());
        tell(conversation, written, need);
        return written;
    }

    /** A held message was approved: the other member hears of it now. */
    void onApproved(@jakarta.enterprise.event.Observes eu.clusterhub.platform.ItemApproved approved) {
        if ("message".equals(approved.targetType())) {
            conversations.message(approved.targetId()).ifPresent(m -> {
                Conversation conversation = conversations.conversation(m.getConversationId()).orElseThrow();
                tell(conversation, m, listings.need(conversation.getNeedId()).orElseThrow());
            });
        }
    }

    private void tell(Conversation conversation, ConversationMessage written, Need need) {
        if (!written.isVisible()) {
            return; // held for approval: told when a moderator approves it
        }
        long callerId = written.getAuthorId();
        long otherId = conversation.otherMember(callerId);
        conversations.countUnread(conversation.getId(), otherId, written.getId());
        // the other member hears of it as every notification: the bell, and a mail as their
        // settings say (at once by default) — never with the message's text
        NotificationKind kind = conversation.getMessageCount() == 1 ? NotificationKind.CONTACT : NotificationKind.MESSAGE;
        events.raise(NewEvent.of(kind, callerId, "message", written.getId())
                .target("conversation", conversation.getId(), "/conversations/" + conversation.getId(), need.getTitle())
                .summary("About the need “" + need.getTitle() + "”; read it on ClusterHub")
                .to(otherId, kind));
    }

    /**
     * A page of a conversation, oldest first ({@code page} 0: the last page). A member's read
     * moves their unread mark; a moderator's read is recorded; anyone else is told there is
     * no such conversation.
     */
    public Read read(long conversationId, int page, int size, Account caller) {
        Conversation conversation = conversations.conversation(conversationId)
                .orElseThrow(() -> new NotFound("No such conversation"));
        MatchmakingPermissions may = MatchmakingPermissions.of(caller);
        may.mayRead(conversation.getNeedOwnerId(), conversation.getOfferOwnerId()).check();
        int last = Math.max(1, (conversation.getMessageCount() + size - 1) / size);
        int shown = page <= 0 ? last : page;
        List<ConversationMessage> messages = conversations.messages(conversationId, shown, size);
        boolean asModerator = may.readsAsModerator(conversation.getNeedOwnerId(), conversation.getOfferOwnerId());
        if (asModerator) {
            conversations.add(new ConversationAccess(conversationId, caller.getId(), OfferService.now()));
            staffActions.fire(StaffActionTaken.of(caller.getId(), MatchmakingStaffActions.CONVERSATION_READ, "conversation", conversationId)
                    .change(null, "page " + shown + " of " + last + " read"));
            EventLog.info(LOG, "conversation.moderator-read", "id=" + conversationId + " by=" + caller.getId());
        } else if (!messages.isEmpty()) {
            conversations.markRead(conversationId, caller.getId(), messages.get(messages.size() - 1).getId());
        }
        return new Read(conversation, messages, shown, size, asModerator);
    }

    /** The moderators' reads of a conversation, for its members and moderators (listing them is not itself recorded). */
    public List<ConversationAccess> accesses(long conversationId, Account caller) {
        Conversation conversation = conversations.conversation(conversationId)
                .orElseThrow(() -> new NotFound("No such conversation"));
        MatchmakingPermissions.of(caller).mayRead(conversation.getNeedOwnerId(), conversation.getOfferOwnerId()).check();
        return conversations.accesses(conversationId, 500);
    }

    /** The caller's conversations, most recent activity first, with what each is about and its unread count. */
    public ResultPage<InboxRow> inbox(Account caller, int page, int size) {
        long me = caller.getId();
        List<Conversation> found = conversations.inbox(me, page, size);
        long total = found.isEmpty() && page == 1 ? 0 : conversations.inboxSize(me);
        Set<Long> needIds = new HashSet<>();
        Set<Long> offerIds = new HashSet<>();
        Set<Long> others = new HashSet<>();
        found.forEach(c -> {
            needIds.add(c.getNeedId());
            offerIds.add(c.getOfferId());
            others.add(c.otherMember(me));
        });
        Map<Long, Need> needs = listings.needs(needIds).stream().collect(Collectors.toMap(Need::getId, Function.identity()));
        Map<Long, Offer> offers = listings.offers(offerIds).stream().collect(Collectors.toMap(Offer::getId, Function.identity()));
        Map<Long, Account> people = accounts.byIds(others);
        Map<Long, Long> unread = conversations.unread(me, found.stream().map(Conversation::getId).toList());
        List<InboxRow> rows = found.stream().map(c -> new InboxRow(c, needs.get(c.getNeedId()), offers.get(c.getOfferId()),
                people.get(c.otherMember(me)), c.otherMember(me), unread.getOrDefault(c.getId(), 0L))).toList();
        return new ResultPage<>(total, rows, page, size);
    }

    public long unreadTotal(Account caller) {
        return conversations.unreadTotal(caller.getId());
    }

    /** A need takes contact requests until it is closed or expired; an offer until it is closed. */
    static boolean isOpen(Need need) {
        return need.getStatus() != NeedStatus.CLOSED && need.getStatus() != NeedStatus.EXPIRED;
    }

    static boolean isOpen(Offer offer) {
        return offer.getStatus() != OfferStatus.CLOSED;
    }
}
