package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoiceCorrectionView;
import com.certhall.invoicing.InvoiceCorrectionView.Status;
import com.certhall.invoicing.InvoiceId;
import com.certhall.orders.OrderId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A title correction of one issued blue invoice, decided once by finance. {@code openBlueId} is set while it waits,
 * and its unique key keeps one open correction per invoice.
 */
@Entity
@Table(name = "invoicing_correction")
class InvoiceCorrection {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private UUID orderId;
    @Column(nullable = false)
    private UUID accountId;
    @Column(nullable = false)
    private UUID blueId;
    private @Nullable UUID openBlueId;
    @Column(nullable = false)
    private String buyerName;
    @Column(nullable = false)
    private String buyerTaxNumber;
    @Column(nullable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private @Nullable String decidedBy;
    private @Nullable String decisionNote;
    private @Nullable UUID newBlueId;
    @Column(nullable = false)
    private Instant createdAt;
    private @Nullable Instant decidedAt;

    protected InvoiceCorrection() {
    }

    InvoiceCorrection(UUID orderId, UUID accountId, UUID blueId, String buyerName, String buyerTaxNumber,
            String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.accountId = accountId;
        this.blueId = blueId;
        this.openBlueId = blueId;
        this.buyerName = buyerName;
        this.buyerTaxNumber = buyerTaxNumber;
        this.reason = reason;
        this.status = Status.REQUESTED;
        this.createdAt = now;
    }

    void approve(String actor, UUID replacement, Instant now) {
        decide(Status.APPROVED, actor, null, now);
        newBlueId = replacement;
    }

    void reject(String actor, String note, Instant now) {
        decide(Status.REJECTED, actor, note, now);
    }

    private void decide(Status to, String actor, @Nullable String note, Instant now) {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("correction " + id + " is decided already");
        }
        status = to;
        openBlueId = null;
        decidedBy = actor;
        decisionNote = note;
        decidedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID blueId() {
        return blueId;
    }

    UUID accountId() {
        return accountId;
    }

    Status status() {
        return status;
    }

    String buyerName() {
        return buyerName;
    }

    String buyerTaxNumber() {
        return buyerTaxNumber;
    }

    String reason() {
        return reason;
    }

    InvoiceCorrectionView view(Invoice blue) {
        return new InvoiceCorrectionView(id.toString(), new OrderId(orderId), blue.view().orderNumber(),
                new InvoiceId(blueId), blue.number(), blue.buyer().name(), blue.buyer().taxNumber(), buyerName,
                buyerTaxNumber, reason, status, decidedBy, decisionNote,
                newBlueId == null ? null : new InvoiceId(newBlueId), createdAt, decidedAt);
    }
}
