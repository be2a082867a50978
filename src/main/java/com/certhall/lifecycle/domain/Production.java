package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.ProductionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A UKEY order at the operator's desk: {@code WAITING} once approved, {@code PRODUCED} when its tokens are written,
 * then {@code SHIPPED} (carrier and tracking number) or {@code COLLECTED} (by the handler, in person).
 */
@Entity
@Table(name = "lifecycle_production")
public class Production {

    public static final String WAITING = "WAITING";
    public static final String PRODUCED = "PRODUCED";
    public static final String SHIPPED = "SHIPPED";
    public static final String COLLECTED = "COLLECTED";

    @Id
    @Column(name = "application_id")
    private UUID applicationId;
    @Version
    private long version;
    @Column(name = "order_number", nullable = false)
    private String orderNumber;
    @Column(nullable = false)
    private String status;
    @Column(name = "delivery_method", nullable = false)
    private String deliveryMethod;
    @Column
    private @Nullable String carrier;
    @Column(name = "tracking_number")
    private @Nullable String trackingNumber;
    @Column(name = "collected_by")
    private @Nullable String collectedBy;
    @Column(name = "produced_by")
    private @Nullable String producedBy;
    @Column(name = "shipped_by")
    private @Nullable String shippedBy;
    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Production() {
        // for JPA
    }

    public static Production waiting(UUID applicationId, String orderNumber, String deliveryMethod, Instant now) {
        Production p = new Production();
        p.applicationId = applicationId;
        p.orderNumber = orderNumber;
        p.deliveryMethod = deliveryMethod;
        p.status = WAITING;
        p.approvedAt = now;
        p.updatedAt = now;
        return p;
    }

    public void produced(String actor, Instant now) {
        status = PRODUCED;
        producedBy = actor;
        updatedAt = now;
    }

    public void shipped(String carrier, String trackingNumber, String actor, Instant now) {
        this.status = SHIPPED;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shippedBy = actor;
        this.updatedAt = now;
    }

    public void collected(String collector, String actor, Instant now) {
        this.status = COLLECTED;
        this.collectedBy = collector;
        this.shippedBy = actor;
        this.updatedAt = now;
    }

    public String status() {
        return status;
    }

    public String deliveryMethod() {
        return deliveryMethod;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public ProductionView view() {
        return new ProductionView(applicationId, orderNumber, status, deliveryMethod, carrier, trackingNumber,
                collectedBy, approvedAt, updatedAt);
    }
}
