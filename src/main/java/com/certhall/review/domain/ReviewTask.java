package com.certhall.review.domain;

import com.certhall.orders.OrderId;
import com.certhall.review.ReviewDecided;
import com.certhall.review.ReviewDecision;
import com.certhall.review.ReviewReason;
import com.certhall.review.ReviewStatus;
import com.certhall.review.ReviewTaskView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One review round of an order: opened when the order enters review, holding the automatic checks' reasons, and
 * decided once (approve, or reject with a reason). A decided round never changes; a resubmission opens the next.
 */
@Entity
@Table(name = "review_task")
class ReviewTask extends AbstractAggregateRoot<ReviewTask> {

    private static final String SEPARATOR = "\n";

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private UUID applicationId;
    @Column(nullable = false)
    private String orderNumber;
    @Column(nullable = false)
    private String channel;
    @Column(nullable = false)
    private String subjectName;
    @Column(nullable = false)
    private int round;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;
    @Column(nullable = false)
    private String reasons;
    @Column(nullable = false)
    private Instant openedAt;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;
    private @Nullable String decisionReason;
    @Column(nullable = false)
    private boolean automatic;

    protected ReviewTask() {
    }

    public static ReviewTask open(OrderId order, String orderNumber, String channel, String subjectName,
            int round, List<ReviewReason> reasons, Instant at) {
        ReviewTask t = new ReviewTask();
        t.id = UUID.randomUUID();
        t.applicationId = order.id();
        t.orderNumber = orderNumber;
        t.channel = channel;
        t.subjectName = subjectName;
        t.round = round;
        t.status = ReviewStatus.PENDING;
        t.reasons = String.join(SEPARATOR, reasons.stream().map(ReviewReason::encoded).toList());
        t.openedAt = at;
        return t;
    }

    /** Records the decision and publishes {@link ReviewDecided}; a decided round refuses a second decision. */
    public void decide(ReviewDecision decision, @Nullable String reason, boolean byMachine, String actor,
            Instant at) {
        if (status != ReviewStatus.PENDING) {
            throw new ReviewNotOpenException(orderNumber);
        }
        status = decision == ReviewDecision.APPROVE ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
        decidedAt = at;
        decidedBy = actor;
        decisionReason = reason;
        automatic = byMachine;
        registerEvent(new ReviewDecided(new OrderId(applicationId), orderNumber, channel, round,
                decision, reason, byMachine, actor, at));
    }

    /** The automatic checks ran again on a waiting round (a verification result arrived later). */
    public void recheck(List<ReviewReason> current) {
        if (status == ReviewStatus.PENDING) {
            reasons = String.join(SEPARATOR, current.stream().map(ReviewReason::encoded).toList());
        }
    }

    /** The order left review without a decision here (cancelled); the round is closed with the move's action. */
    public void close(String action, String actor, Instant at) {
        if (status == ReviewStatus.PENDING) {
            status = ReviewStatus.CLOSED;
            decidedAt = at;
            decidedBy = actor;
            decisionReason = action;
        }
    }

    public boolean isPending() {
        return status == ReviewStatus.PENDING;
    }

    public List<ReviewReason> reasons() {
        return reasons.isEmpty() ? List.of()
                : Arrays.stream(reasons.split(SEPARATOR)).map(ReviewReason::decode).toList();
    }

    public ReviewTaskView view() {
        return new ReviewTaskView(id, new OrderId(applicationId), orderNumber, channel, subjectName, round,
                status, reasons(), openedAt, decidedAt, decidedBy, decisionReason, automatic, version);
    }

    public UUID id() {
        return id;
    }

    public OrderId orderId() {
        return new OrderId(applicationId);
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String channel() {
        return channel;
    }

    public int round() {
        return round;
    }

    public ReviewStatus status() {
        return status;
    }
}
