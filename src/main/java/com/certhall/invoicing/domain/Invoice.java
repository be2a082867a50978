package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoiceChanged;
import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceMailRequested;
import com.certhall.invoicing.InvoiceStatus;
import com.certhall.invoicing.InvoiceView;
import com.certhall.orders.OrderId;
import com.certhall.shared.RetryPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One electronic invoice of one order (docs/invoicing.md, "States"). A blue invoice is born {@link InvoiceStatus#PENDING}
 * when its order becomes due; the worker sends it under the invoice's own id as serial number, so a repeated send is
 * answered with the same invoice; 开票中 makes it {@link InvoiceStatus#ISSUING}, its number {@link InvoiceStatus#ISSUED}.
 * A failed attempt stays {@code PENDING} with a later {@code nextAttemptAt} until the attempts run out (FAILED). A red
 * invoice (amounts negated) goes through {@link InvoiceStatus#CONFIRMING} (红字确认单) to issued, and its blue one is
 * then {@link InvoiceStatus#REVERSED}. The unique (order, kind, generation) key keeps an order to one of each per
 * generation (a title correction starts the next), whatever events are replayed; every move publishes
 * {@link InvoiceChanged}.
 */
@Entity
@Table(name = "invoicing_invoice")
class Invoice extends AbstractAggregateRoot<Invoice> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private UUID orderId;
    @Column(nullable = false)
    private String orderNumber;
    @Column(nullable = false)
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceKind kind;
    private @Nullable UUID blueId;
    /** 0 for the order's first invoices; each approved title correction starts the next generation. */
    @Column(nullable = false)
    private int generation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;
    @Embedded
    private InvoiceBuyer buyer;
    @Column(nullable = false)
    private long amountFen;
    @Column(nullable = false)
    private long taxFen;
    private @Nullable String platformRef;
    @Column(name = "invoice_number")
    private @Nullable String number;
    private @Nullable String redFormNumber;
    private @Nullable Instant issuedAt;
    @Embedded
    private PlatformAttempts attempts;
    private @Nullable String reason;
    @Embedded
    private MailAllowance mails = MailAllowance.NONE;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected Invoice() {
    }

    private Invoice(InvoiceKind kind, UUID orderId, String orderNumber, UUID accountId, InvoiceBuyer buyer,
            long amountFen, long taxFen, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.accountId = accountId;
        this.buyer = buyer;
        this.amountFen = amountFen;
        this.taxFen = taxFen;
        this.status = InvoiceStatus.PENDING;
        this.attempts = PlatformAttempts.dueAt(now);
        this.createdAt = now;
        this.updatedAt = now;
    }


    static Invoice blue(OrderId order, String orderNumber, UUID accountId, InvoiceBuyer buyer, long amountFen,
            long taxFen, String actor, Instant now) {
        Invoice invoice = new Invoice(InvoiceKind.BLUE, order.id(), orderNumber, accountId, buyer, amountFen,
                taxFen, now);
        invoice.publish(InvoiceStatus.PENDING, actor, null, now);
        return invoice;
    }

    /**
     * The blue invoice replacing {@code corrected} after finance approved a title correction: the same amounts, made
     * out to {@code buyer}, one generation later. The worker sends it once the corrected one is reversed.
     */
    static Invoice correctionOf(Invoice corrected, InvoiceBuyer buyer, String actor, Instant now) {
        Invoice blue = new Invoice(InvoiceKind.BLUE, corrected.orderId, corrected.orderNumber, corrected.accountId,
                buyer, corrected.amountFen, corrected.taxFen, now);
        blue.generation = corrected.generation + 1;
        blue.publish(InvoiceStatus.PENDING, actor, "correction of " + corrected.number, now);
        return blue;
    }

    /** The red invoice reversing {@code blue} in full; {@code reason} is why (refund, cancellation, staff). */
    static Invoice redFor(Invoice blue, String reason, String actor, Instant now) {
        Invoice red = new Invoice(InvoiceKind.RED, blue.orderId, blue.orderNumber, blue.accountId,
                blue.buyer, -blue.amountFen,
                -blue.taxFen, now);
        red.blueId = blue.id;
        red.generation = blue.generation;
        red.reason = reason;
        red.publish(InvoiceStatus.PENDING, actor, reason, now);
        return red;
    }

    /** Recorded (and committed) before the platform is called, so a reversal never cancels what may be issued. */
    void claim(String serial, Instant now) {
        platformRef = serial;
        updatedAt = now;
    }

    void sent(Instant now) {
        move(InvoiceStatus.ISSUING, "system:invoicing", null, now);
        attempts.answered();
    }

    void redFormEntered(String formNumber, Instant now) {
        redFormNumber = formNumber;
        move(InvoiceStatus.CONFIRMING, "system:invoicing", formNumber, now);
    }

    void issued(String invoiceNumber, Instant at, Instant now) {
        number = invoiceNumber;
        issuedAt = at;
        attempts.answered();
        move(InvoiceStatus.ISSUED, "system:invoicing", invoiceNumber, now);
    }

    /** No tax platform is connected: finance issues this invoice outside CertHall. */
    void awaitFinance(Instant now) {
        move(InvoiceStatus.MANUAL, "system:invoicing", null, now);
    }

    /** Finance issued it outside CertHall under {@code invoiceNumber}. */
    void issuedByFinance(String invoiceNumber, String actor, Instant now) {
        number = invoiceNumber;
        issuedAt = now;
        attempts.answered();
        move(InvoiceStatus.ISSUED, actor, invoiceNumber, now);
    }

    /** A failed attempt: try again when {@code retries} says, or give up (FAILED, left to finance). */
    void attemptFailed(String error, boolean retryable, RetryPolicy retries, Instant now) {
        if (attempts.failed(error, retryable, retries, now) instanceof RetryPolicy.GiveUp) {
            move(InvoiceStatus.FAILED, "system:invoicing", attempts.lastError(), now);
        }
        updatedAt = now;
    }

    /** Looked at again later (the platform is still issuing, or the blue one is not issued yet). */
    void later(Duration wait, Instant now) {
        attempts.later(wait, now);
        updatedAt = now;
    }

    /** Staff send a failed invoice again; the attempts count starts afresh. */
    void retry(String actor, Instant now) {
        attempts.restart(now);
        move(InvoiceStatus.PENDING, actor, null, now);
    }

    /** Sends the issued invoice again to {@code email}; false when today's {@code perDay} sends are used up. */
    boolean redeliver(String email, String actor, String today, int perDay, Instant now) {
        if (status != InvoiceStatus.ISSUED && status != InvoiceStatus.REVERSED) {
            throw new IllegalStateException("only an issued invoice is sent again");
        }
        MailAllowance after = mails.take(today, perDay);
        if (after == null) {
            return false;
        }
        mails = after;
        updatedAt = now;
        registerEvent(new InvoiceMailRequested(UUID.randomUUID(), new InvoiceId(id),
                orderNumber, number, email, actor, now));
        return true;
    }

    void reversed(String actor, Instant now) {
        move(InvoiceStatus.REVERSED, actor, reason, now);
    }

    void reversalWanted(String why) {
        reason = why;
    }

    void cancel(String actor, String why, Instant now) {
        reason = why;
        move(InvoiceStatus.CANCELLED, actor, why, now);
    }

    private void move(InvoiceStatus to, String actor, @Nullable String note, Instant now) {
        if (!status.canTransitionTo(to)) {
            throw new IllegalStateException("invoice " + id + " cannot go from " + status + " to " + to);
        }
        InvoiceStatus from = status;
        status = to;
        updatedAt = now;
        registerEvent(new InvoiceChanged(new InvoiceId(id), new OrderId(orderId), orderNumber, kind, from, to,
                number, actor, note, now));
    }

    private void publish(InvoiceStatus to, String actor, @Nullable String note, Instant now) {
        registerEvent(new InvoiceChanged(new InvoiceId(id), new OrderId(orderId), orderNumber, kind, to, to,
                number, actor, note, now));
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    UUID accountId() {
        return accountId;
    }

    InvoiceKind kind() {
        return kind;
    }

    InvoiceStatus status() {
        return status;
    }

    @Nullable UUID blueId() {
        return blueId;
    }

    int generation() {
        return generation;
    }

    @Nullable String number() {
        return number;
    }

    @Nullable String platformRef() {
        return platformRef;
    }

    @Nullable String redFormNumber() {
        return redFormNumber;
    }

    @Nullable String reason() {
        return reason;
    }

    InvoiceBuyer buyer() {
        return buyer;
    }

    InvoiceView view() {
        return new InvoiceView(new InvoiceId(id), new OrderId(orderId), orderNumber, kind, status, number,
                buyer.name(), buyer.taxNumber(), buyer.email(), amountFen, taxFen, issuedAt, attempts.count(),
                status.inProgress() ? attempts.nextAt() : null, attempts.lastError(), reason,
                blueId == null ? null : new InvoiceId(blueId), createdAt);
    }
}
