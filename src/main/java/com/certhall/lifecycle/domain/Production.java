package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.IllegalLifecycleTransition;
import com.certhall.lifecycle.ProductionStatus;
import com.certhall.lifecycle.ProductionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A UKEY order at the operator's desk: {@code WAITING} once approved, {@code PRODUCED} when its tokens are written,
 * then {@code SHIPPED} (carrier and tracking number) or {@code COLLECTED} (by the handler, in person). Each move is
 * checked against {@link ProductionStatus}; a move not in its table is refused with
 * {@link IllegalLifecycleTransition} and changes nothing.
 */
@Entity
@Table(name = "lifecycle_production")
class Production extends LifecycleRecord<ProductionStatus> {

    @Id
    private UUID applicationId;
    @Version
    private long version;
    @Column(nullable = false)
    private String orderNumber;
    @Column(nullable = false)
    private String deliveryMethod;
    @Column
    private @Nullable String carrier;
    private @Nullable String trackingNumber;
    private @Nullable String collectedBy;
    private @Nullable String producedBy;
    private @Nullable String shippedBy;
    private @Nullable Instant deliveredAt;
    private @Nullable String deliveredHow;
    @Column(nullable = false)
    private Instant approvedAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private @Nullable Instant claimedUntil;

    protected Production() {
        // for JPA
    }

    private Production(UUID applicationId, String orderNumber, String deliveryMethod, Instant now) {
        super(ProductionStatus.WAITING);
        this.applicationId = applicationId;
        this.orderNumber = orderNumber;
        this.deliveryMethod = deliveryMethod;
        this.approvedAt = now;
        this.updatedAt = now;
    }

    public static Production waiting(UUID applicationId, String orderNumber, String deliveryMethod, Instant now) {
        return new Production(applicationId, orderNumber, deliveryMethod, now);
    }

    /**
     * An operator starts producing: false when another one's production runs (its claim has not lapsed), so the
     * caller refuses instead of issuing twice at once. A claim lapses on its own, so a crash leaves nothing stuck.
     */
    public boolean claim(Instant now, Duration lease) {
        if (claimedUntil != null && claimedUntil.isAfter(now)) {
            return false;
        }
        claimedUntil = now.plus(lease);
        return true;
    }

    /** The order's certificates were issued and written onto its tokens. */
    public void produced(String actor, Instant now) {
        moveTo(ProductionStatus.PRODUCED, "produce");
        producedBy = actor;
        updatedAt = now;
        claimedUntil = null;
    }

    /** A production that failed gives its claim back, so the operator may try again at once. */
    public void release() {
        claimedUntil = null;
    }

    /** The produced tokens were handed to a courier. */
    public void shipped(String carrier, String trackingNumber, String actor, Instant now) {
        moveTo(ProductionStatus.SHIPPED, "ship");
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shippedBy = actor;
        this.updatedAt = now;
    }

    /**
     * The shipped tokens arrived: signed for at the courier ({@code how} = {@code courier:<carrier>}) or confirmed by
     * the holder ({@code how} = the holder's audit actor).
     */
    public void delivered(String how, Instant at, Instant now) {
        moveTo(ProductionStatus.DELIVERED, "deliver");
        this.deliveredHow = how;
        this.deliveredAt = at;
        this.updatedAt = now;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public @Nullable String trackingNumber() {
        return trackingNumber;
    }

    /** The carrier's code ({@code Courier.Carrier}) once shipped. */
    public @Nullable String carrier() {
        return carrier;
    }

    /** The handler collected the produced tokens in person. */
    public void collected(String collector, String actor, Instant now) {
        moveTo(ProductionStatus.COLLECTED, "collect");
        this.collectedBy = collector;
        this.shippedBy = actor;
        this.updatedAt = now;
    }

    public String deliveryMethod() {
        return deliveryMethod;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public ProductionView view() {
        return new ProductionView(applicationId, orderNumber, status(), deliveryMethod, carrier, trackingNumber,
                collectedBy, deliveredAt, approvedAt, updatedAt);
    }
}
