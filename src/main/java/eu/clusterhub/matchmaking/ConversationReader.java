package eu.clusterhub.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How far a member has read a conversation: the inbox counts the other member's messages after it. */
@Entity
@Table(name = "conversation_reader")
@IdClass(ConversationReader.Key.class)
public class ConversationReader {

    /** The reader's key: one row per conversation and member. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long conversationId;
        private long accountId;

        public Key() {
        }

        public Key(long conversationId, long accountId) {
            this.conversationId = conversationId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.conversationId == conversationId && k.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(conversationId) * 31 + Long.hashCode(accountId);
        }
    }

    @Id
    @Column(name = "conversation_id")
    private long conversationId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "last_read_message_id", nullable = false)
    private long lastReadMessageId;

    protected ConversationReader() {
        // for JPA
    }

    ConversationReader(long conversationId, long accountId) {
        this.conversationId = conversationId;
        this.accountId = accountId;
    }

    /** Read up to this message; reading an older page never moves the mark back. */
    void readUpTo(long messageId) {
        lastReadMessageId = Math.max(lastReadMessageId, messageId);
    }

    public long getConversationId() { return conversationId; }
    public long getAccountId() { return accountId; }
    public long getLastReadMessageId() { return lastReadMessageId; }
}
