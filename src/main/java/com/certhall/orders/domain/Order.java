package com.certhall.orders.domain;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import com.certhall.orders.AuthorizationSigned;
import com.certhall.orders.IllegalTransition;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderType;
import com.certhall.orders.Subject;
import java.util.function.UnaryOperator;
import com.certhall.orders.SubjectType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A business order (业务单). Born a {@link OrderStatus#DRAFT} owned by one account in one channel; the applicant
 * fills it step by step, signs and submits it; it is then paid and reviewed in the order the channel sets
 * ({@code payFirst}), approved, issued, possibly shipped and completed — or rejected (editable, then resubmitted),
 * sent down the paper path, or cancelled. Every move goes through {@link #move}, which checks the transition table,
 * records the history line and publishes {@link OrderStatusChanged}. Optimistic locking guards concurrent moves.
 */
@Entity
@Table(name = "applications_order")
public class Order extends AbstractAggregateRoot<Order> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false, unique = true, length = 32)
    private String number;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(nullable = false, length = 64)
    private String channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private SubjectType subjectType;
    @Column(name = "subject_key", length = 64)
    private String subjectKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;
    @Column(name = "pay_first", nullable = false)
    private boolean payFirst;
    @Column(nullable = false)
    private boolean paid;
    @Column(nullable = false)
    private boolean approved;
    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;
    @Column(name = "draft", length = 200000)
    private OrderDraft draft = OrderDraft.empty();
    @Column(name = "paper_carrier", length = 40)
    private String paperCarrier;
    @Column(name = "paper_tracking_number", length = 40)
    private String paperTrackingNumber;
    @Column(name = "paper_mailed_at")
    private Instant paperMailedAt;
    @Column(name = "paper_received_at")
    private Instant paperReceivedAt;
    @Column(name = "paper_received_by", length = 200)
    private String paperReceivedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "auth_token_hash", length = 64)
    private String authorizationTokenHash;
    @Column(name = "auth_token_expires_at")
    private Instant authorizationTokenExpiresAt;
    @Column(name = "auth_signed_at")
    private Instant authorizationSignedAt;
    @Column(name = "auth_signed_by", length = 200)
    private String authorizationSignedBy;
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("at ASC, seq ASC")
    private List<HistoryLine> history = new ArrayList<>();

    private static final java.util.Set<OrderStatus> PAPER_ON_ITS_WAY = java.util.EnumSet.of(
            OrderStatus.SUBMITTED, OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_REVIEW,
            OrderStatus.REJECTED, OrderStatus.AWAITING_PAPER, OrderStatus.APPROVED);

    private static final java.util.Set<OrderStatus> ADDRESS_CHANGEABLE = java.util.EnumSet.of(
            OrderStatus.SUBMITTED, OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_REVIEW,
            OrderStatus.AWAITING_PAPER, OrderStatus.APPROVED, OrderStatus.ISSUING,
            OrderStatus.ISSUED);

    protected Order() {
    }

    public static Order draft(OrderId id, String number, UUID accountId, String channel, OrderType type,
            SubjectType subjectType, String actor, Instant now) {
        Order a = new Order();
        a.id = id.id();
        a.number = Objects.requireNonNull(number);
        a.accountId = Objects.requireNonNull(accountId);
        a.channel = Objects.requireNonNull(channel);
        a.type = Objects.requireNonNull(type);
        a.subjectType = Objects.requireNonNull(subjectType);
        a.status = OrderStatus.DRAFT;
        a.createdAt = now;
        a.updatedAt = now;
        a.history.add(new HistoryLine(a, null, OrderStatus.DRAFT, "create", actor, null, now));
        return a;
    }

    /** The applicant signed and submitted; {@code payFirst} is the channel's flow order at this moment. */
    public void submit(boolean payFirst, String actor, Instant now) {
        this.payFirst = payFirst;
        move("submit", OrderStatus.SUBMITTED, actor, null, now);
    }

    /** Verification (if any after submission) is done: on to payment or review as the channel says. */
    public void route(String actor, Instant now) {
        requireStatus("route", OrderStatus.SUBMITTED, OrderStatus.PENDING_REVIEW);
        move("route", payFirst && !paid ? OrderStatus.PENDING_PAYMENT : OrderStatus.PENDING_REVIEW,
                actor, null, now);
    }

    public void markPaid(String actor, Instant now) {
        requireStatus("markPaid", OrderStatus.PENDING_PAYMENT, OrderStatus.APPROVED);
        paid = true;
        move("markPaid", approved ? OrderStatus.APPROVED : OrderStatus.PENDING_REVIEW, actor, null, now);
    }

    public void approve(String actor, Instant now) {
        requireStatus("approve", OrderStatus.PENDING_REVIEW, OrderStatus.APPROVED);
        approved = true;
        rejectionReason = null;
        move("approve", paid ? OrderStatus.APPROVED : OrderStatus.PENDING_PAYMENT, actor, null, now);
    }

    public void reject(String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        move("reject", OrderStatus.REJECTED, actor, reason, now);
        rejectionReason = reason;
    }

    /** The applicant fixed what the reviewer asked for; back into the review queue with its history. */
    public void resubmit(String actor, Instant now) {
        requireStatus("resubmit", OrderStatus.REJECTED, OrderStatus.PENDING_REVIEW);
        move("resubmit", OrderStatus.PENDING_REVIEW, actor, null, now);
    }

    /** Verification failed and the applicant chose to mail the stamped paper form instead. */
    public void goOffline(String actor, Instant now) {
        goOffline(payFirst, actor, now);
    }

    /**
     * Gives up the online path: the order waits for its paper form. A draft takes the channel's flow order here, as
     * a submission would, so a pay-first order still asks for payment when its paper arrives.
     */
    public void goOffline(boolean payFirst, String actor, Instant now) {
        if (status == OrderStatus.DRAFT) {
            this.payFirst = payFirst;
        }
        move("goOffline", OrderStatus.AWAITING_PAPER, actor, null, now);
    }

    /** Staff recorded that the paper materials arrived. */
    public void receivePaper(String actor, Instant now) {
        requireStatus("receivePaper", OrderStatus.AWAITING_PAPER, OrderStatus.PENDING_REVIEW);
        move("receivePaper", payFirst && !paid ? OrderStatus.PENDING_PAYMENT : OrderStatus.PENDING_REVIEW,
                actor, null, now);
    }

    public void startIssuing(String actor, Instant now) {
        move("startIssuing", OrderStatus.ISSUING, actor, null, now);
    }

    public void markIssued(String actor, Instant now) {
        move("markIssued", OrderStatus.ISSUED, actor, null, now);
    }

    public void ship(String actor, String note, Instant now) {
        move("ship", OrderStatus.SHIPPED, actor, note, now);
    }

    public void complete(String actor, Instant now) {
        move("complete", OrderStatus.COMPLETED, actor, null, now);
    }

    public void cancel(String reason, String actor, Instant now) {
        move("cancel", OrderStatus.CANCELLED, actor, reason, now);
    }

    private void requireStatus(String action, OrderStatus expected, OrderStatus target) {
        if (status != expected) {
            throw new IllegalTransition(action, status, target);
        }
    }

    private void move(String action, OrderStatus next, String actor, String note, Instant now) {
        if (!status.canTransitionTo(next)) {
            throw new IllegalTransition(action, status, next);
        }
        OrderStatus from = status;
        status = next;
        updatedAt = now;
        history.add(new HistoryLine(this, from, next, action, actor, note, now));
        registerEvent(new OrderStatusChanged(id(), number, channel, from, next, action, actor, note, now));
    }

    /** Changes the applicant's data; only while the order is a draft or has been rejected for correction. */
    public void editDraft(String step, UnaryOperator<OrderDraft> change, Instant now) {
        if (!status.isEditable()) {
            throw new IllegalTransition("edit " + step, status, status);
        }
        draft = change.apply(draft);
        updatedAt = now;
    }

    /**
     * Sets the subject and the keyed hash of its USCC or ID number, which the one-active-order guard searches by
     * (the number itself is only stored encrypted).
     */
    public void changeSubject(Subject subject, String subjectKey, Instant now) {
        Subject before = draft.subject();
        editDraft("subject", d -> d.withSubject(subject), now);
        this.subjectKey = subjectKey;
        if (!samePeople(before, subject)) {
            authorizationTokenHash = null;
            authorizationTokenExpiresAt = null;
            authorizationSignedAt = null;
            authorizationSignedBy = null;
        }
    }

    private static boolean samePeople(Subject before, Subject after) {
        return before instanceof Subject.Organization b && after instanceof Subject.Organization a
                && b.legalRep().equals(a.legalRep()) && b.handler().equals(a.handler()) && b.uscc().equals(a.uscc());
    }

    /**
     * The legal representative is asked to sign the authorization letter online; only the hash of the link's token
     * is kept. A new request replaces the previous link.
     */
    public void requestOnlineAuthorization(String tokenHash, Instant expiresAt, Instant now) {
        if (!status.isEditable()) {
            throw new IllegalTransition("request authorization", status, status);
        }
        authorizationTokenHash = Objects.requireNonNull(tokenHash);
        authorizationTokenExpiresAt = expiresAt;
        updatedAt = now;
    }

    /** Whether the link with this token hash may still be used to sign. */
    public boolean authorizationLinkValid(Instant now) {
        return authorizationTokenHash != null && authorizationTokenExpiresAt != null
                && now.isBefore(authorizationTokenExpiresAt) && status.isEditable();
    }

    /** The legal representative confirmed the authorization with an SMS code on his phone. */
    public void authorizeOnline(String signer, Instant now) {
        if (!authorizationLinkValid(now)) {
            throw new IllegalTransition("authorize", status, status);
        }
        authorizationSignedAt = now;
        authorizationSignedBy = signer;
        authorizationTokenHash = null;
        authorizationTokenExpiresAt = null;
        updatedAt = now;
        registerEvent(new AuthorizationSigned(id(), number, channel, signer, now));
    }

    public Instant authorizationLinkExpiresAt() {
        return authorizationTokenExpiresAt;
    }

    public Instant authorizationSignedAt() {
        return authorizationSignedAt;
    }

    public String authorizationSignedBy() {
        return authorizationSignedBy;
    }

    /**
     * The applicant mailed the stamped paper materials: carrier and tracking number, changeable until staff record
     * their arrival. Only for an order still on its way (submitted and not yet issued, or waiting for paper).
     */
    public void recordPaperMailing(String carrier, String trackingNumber, Instant now) {
        if (!PAPER_ON_ITS_WAY.contains(status)) {
            throw new IllegalTransition("recordPaperMailing", status, status);
        }
        if (paperReceivedAt != null) {
            throw new IllegalTransition("recordPaperMailing (already received)", status, status);
        }
        paperCarrier = carrier;
        paperTrackingNumber = trackingNumber;
        paperMailedAt = now;
        updatedAt = now;
    }

    /**
     * After submission the applicant may still correct where the UKEY is mailed, until it has been shipped
     * (CFCA, BJCA). The change is published for the audit log.
     */
    public void changeMailingAddress(com.certhall.orders.DeliveryInfo delivery, Instant now) {
        if (!ADDRESS_CHANGEABLE.contains(status)) {
            throw new IllegalTransition("changeMailingAddress", status, status);
        }
        draft = draft.withDelivery(delivery);
        updatedAt = now;
        registerEvent(new com.certhall.orders.MailingAddressChanged(id(), number, now));
    }

    /** Staff recorded that the paper materials arrived; an order waiting for paper then moves on. */
    public void recordPaperReceipt(String actor, Instant now) {
        if (paperReceivedAt != null) {
            throw new IllegalTransition("recordPaperReceipt (already received)", status, status);
        }
        if (status == OrderStatus.AWAITING_PAPER) {
            receivePaper(actor, now);
        } else if (!PAPER_ON_ITS_WAY.contains(status)) {
            throw new IllegalTransition("recordPaperReceipt", status, status);
        }
        paperReceivedAt = now;
        paperReceivedBy = actor;
        updatedAt = now;
    }

    public String paperCarrier() {
        return paperCarrier;
    }

    public String paperTrackingNumber() {
        return paperTrackingNumber;
    }

    public Instant paperMailedAt() {
        return paperMailedAt;
    }

    public Instant paperReceivedAt() {
        return paperReceivedAt;
    }

    public String paperReceivedBy() {
        return paperReceivedBy;
    }

    public OrderDraft draft() {
        return draft;
    }

    public OrderId id() {
        return new OrderId(id);
    }

    public String number() {
        return number;
    }

    public UUID accountId() {
        return accountId;
    }

    public String channel() {
        return channel;
    }

    public OrderType type() {
        return type;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public OrderStatus status() {
        return status;
    }

    public boolean isPayFirst() {
        return payFirst;
    }

    public boolean isPaid() {
        return paid;
    }

    public boolean isApproved() {
        return approved;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Events registered by moves not yet saved (published by the repository on save). */
    public List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public List<HistoryLine> history() {
        return Collections.unmodifiableList(history);
    }
}
