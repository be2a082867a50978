package com.certhall.verification.domain;

import com.certhall.orders.OrderId;
import com.certhall.verification.PinDepositMade;
import com.certhall.verification.PinDepositResult;
import com.certhall.verification.VerificationId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The one deposit that carries the PIN of one PIN delivery (keyed by lifecycle's delivery id). {@code SENDING} while
 * the bank is being asked (a claim, so two deliveries of the same event never both pay), then {@code PAID} or
 * {@code REFUSED}, which never change. A bank that did not answer leaves it {@code UNANSWERED} (counting the
 * attempts) and free to be claimed again; a claim left by a node that died mid-call may be taken again once it is
 * older than the claim timeout. The PIN itself is never stored here.
 */
@Entity
@Table(name = "verification_pin_deposit")
class PinDeposit extends AbstractAggregateRoot<PinDeposit> {

    static final String SENDING = "SENDING";
    static final String PAID = "PAID";
    static final String REFUSED = "REFUSED";
    static final String UNANSWERED = "UNANSWERED";

    @Id
    private UUID deliveryId;
    @Version
    private long version;
    @Column(nullable = false)
    private UUID orderId;
    @Column(nullable = false)
    private UUID verificationId;
    @Column(nullable = false, length = 100)
    private String bankName;
    @Column(nullable = false, length = 40)
    private String maskedAccount;
    @Column(nullable = false, length = 20)
    private String status;
    @Column(length = 100)
    private @Nullable String outcome;
    @Column(nullable = false)
    private int attempts;
    @Column(nullable = false)
    private Instant claimedAt;
    private @Nullable Instant decidedAt;

    protected PinDeposit() {
        // for JPA
    }

    /** A claim to pay the deposit of {@code deliveryId} now. */
    public static PinDeposit claim(UUID deliveryId, OrderId order, VerificationId verification, String bankName,
            String maskedAccount, Instant now) {
        PinDeposit d = new PinDeposit();
        d.deliveryId = deliveryId;
        d.orderId = order.id();
        d.verificationId = verification.id();
        d.bankName = bankName;
        d.maskedAccount = maskedAccount;
        d.status = SENDING;
        d.claimedAt = now;
        return d;
    }

    /** Whether the bank already gave its answer. */
    public boolean decided() {
        return PAID.equals(status) || REFUSED.equals(status);
    }

    /** Whether a new attempt may start: the bank did not answer the last one, or its claim was abandoned. */
    public boolean claimable(Instant now, Duration timeout) {
        return UNANSWERED.equals(status) || SENDING.equals(status) && !claimedAt.plus(timeout).isAfter(now);
    }

    /** Starts an attempt (the first, or again after an unanswered or abandoned one). */
    public void attempt(Instant now) {
        if (decided()) {
            throw new IllegalStateException("deposit " + deliveryId + " is already " + status);
        }
        this.status = SENDING;
        this.claimedAt = now;
        this.attempts++;
    }

    /** The bank did not answer: nothing was paid; the next attempt may claim it at once. */
    public void unanswered() {
        if (decided()) {
            throw new IllegalStateException("deposit " + deliveryId + " is already " + status);
        }
        this.status = UNANSWERED;
    }

    public void paid(String reference, Instant now) {
        decide(PAID, reference, now);
    }

    public void refused(String code, Instant now) {
        decide(REFUSED, code, now);
    }

    private void decide(String result, String outcome, Instant now) {
        if (decided()) {
            throw new IllegalStateException("deposit " + deliveryId + " is already " + status);
        }
        this.status = result;
        this.outcome = outcome.length() > 100 ? outcome.substring(0, 100) : outcome;
        this.decidedAt = now;
        registerEvent(new PinDepositMade(deliveryId, new OrderId(orderId), new VerificationId(verificationId),
                PAID.equals(result), bankName, maskedAccount, this.outcome, now));
    }

    public PinDepositResult result() {
        if (!decided()) {
            throw new IllegalStateException("deposit " + deliveryId + " is not decided yet");
        }
        boolean paid = PAID.equals(status);
        return new PinDepositResult(paid, bankName, maskedAccount, paid || outcome == null ? "" : outcome);
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }
}
