package com.certhall.support.conversation;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.FreeText;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.RateLimitedException;
import com.certhall.shared.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online support conversations (docs/help.md, "Online support"). A customer reaches only his own conversations
 * (another's is a 404, as if it did not exist); a message is at most {@link #MAX_TEXT} characters of free text; an
 * account, or a client address for visitors without one, starts at most {@link #STARTS_PER_HOUR} conversations an
 * hour and a conversation takes at most
 * {@link #MESSAGES_PER_MINUTE} customer messages a minute. Every message is audited under its order when the
 * conversation is attached to one (with its length and SHA-256, never its text), so it stays with the order's
 * records.
 */
@Service
public class Conversations {

    public static final int MAX_TEXT = 1000;
    static final int STARTS_PER_HOUR = 5;
    static final int MESSAGES_PER_MINUTE = 10;

    private final JdbcConversations store;
    private final OrderManagement orders;
    private final AuditTrail audit;
    private final Clock clock;

    Conversations(JdbcConversations store, OrderManagement orders, AuditTrail audit, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a conversation; {@code order} is attached only when the customer is its signed-in owner (else 404). */
    @Transactional
    public ConversationView start(Customer who, String text, @Nullable UUID order, String clientIp) {
        String body = FreeText.required("text", text, MAX_TEXT);
        if (order != null) {
            if (who.accountId() == null) {
                throw new NotFoundException("order", order);
            }
            orders.getOwned(new OrderId(order), who.accountId());
        }
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long started = who.accountId() != null ? store.startedBy(who.accountId(), hourAgo)
                : store.startedFrom(clientIp, hourAgo);
        if (started >= STARTS_PER_HOUR) {
            throw new RateLimitedException("support.error.tooManyConversations", Duration.ofHours(1));
        }
        ConversationView c = new ConversationView(UUID.randomUUID(), who.accountId(), who.mobile(), order, "WAITING",
                null, now, null, now, now, 0);
        store.insert(c, clientIp);
        append(c, false, who.actor(), "customer", body, now);
        return c;
    }

    /** The customer's own conversation; any other is reported as not found. */
    @Transactional(readOnly = true)
    public ConversationView own(UUID id, Customer who) {
        return store.find(id).filter(who::owns).orElseThrow(() -> new NotFoundException("conversation", id));
    }

    @Transactional(readOnly = true)
    public List<ConversationView> ofCustomer(Customer who) {
        return who.accountId() != null ? store.ofAccount(who.accountId()) : store.ofVisitor(who.mobile());
    }

    @Transactional
    public void post(UUID id, Customer who, String text) {
        String body = FreeText.required("text", text, MAX_TEXT);
        ConversationView c = store.lock(id).filter(who::owns)
                .orElseThrow(() -> new NotFoundException("conversation", id));
        Instant now = clock.instant();
        if (store.customerMessagesSince(id, now.minus(Duration.ofMinutes(1))) >= MESSAGES_PER_MINUTE) {
            throw new RateLimitedException("support.error.tooManyMessages", Duration.ofMinutes(1));
        }
        Instant waiting = c.waitingSince() != null ? c.waitingSince() : now;
        store.update(id, "WAITING", c.assignedTo(), c.firstResponseAt(), now, waiting);
        append(c, false, who.actor(), "customer", body, now);
    }

    /** Staff answer: the conversation is theirs if nobody had it, and the first answer fixes the response time. */
    @Transactional
    public void answer(UUID id, String staffUsername, String text) {
        String body = FreeText.required("text", text, MAX_TEXT);
        ConversationView c = store.lock(id).orElseThrow(() -> new NotFoundException("conversation", id));
        Instant now = clock.instant();
        String assignee = c.assignedTo() != null ? c.assignedTo() : staffUsername;
        Instant first = c.firstResponseAt() != null ? c.firstResponseAt() : now;
        store.update(id, "ANSWERED", assignee, first, now, null);
        append(c, true, "staff:" + staffUsername, staffUsername, body, now);
    }

    @Transactional
    public void assign(UUID id, String staffUsername, String actor) {
        ConversationView c = store.lock(id).orElseThrow(() -> new NotFoundException("conversation", id));
        store.update(id, c.status(), staffUsername, c.firstResponseAt(), c.lastMessageAt(), c.waitingSince());
        audit.record(AuditRecord.of("support.conversation.assigned", actor, subject(c)).with("to", staffUsername));
    }

    @Transactional
    public void close(UUID id, String actor) {
        ConversationView c = store.lock(id).orElseThrow(() -> new NotFoundException("conversation", id));
        store.update(id, "CLOSED", c.assignedTo(), c.firstResponseAt(), c.lastMessageAt(), null);
        audit.record(AuditRecord.of("support.conversation.closed", actor, subject(c)));
    }

    @Transactional(readOnly = true)
    public ConversationView get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("conversation", id));
    }

    @Transactional(readOnly = true)
    public List<Message> messages(UUID id, int afterSeq) {
        return store.messages(id, Math.max(0, afterSeq));
    }

    @Transactional(readOnly = true)
    public List<ConversationView> queue() {
        return store.open(200);
    }

    @Transactional(readOnly = true)
    public ResponseFigures figures() {
        Instant now = clock.instant();
        return ResponseFigures.of(store.startedSince(now.minus(Duration.ofDays(7))), store.open(1000), now);
    }

    private void append(ConversationView c, boolean fromStaff, String actor, String author, String body,
            Instant now) {
        int seq = store.addMessage(c.id(), fromStaff, author, body, now);
        audit.record(AuditRecord.of("support.message.posted", actor, subject(c)).with("conversation", c.id())
                .with("seq", seq).with("length", body.length()).with("sha256", sha256(body)));
    }

    private static String subject(ConversationView c) {
        return c.orderId() != null ? "order:" + c.orderId() : "conversation:" + c.id();
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }
}
