package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceStatus;
import com.certhall.invoicing.InvoiceTiming;
import com.certhall.invoicing.InvoiceView;
import com.certhall.invoicing.InvoicingProperties;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import com.certhall.shared.ConflictException;
import com.certhall.shared.DataProtection;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens an order's blue invoice when it becomes due and starts reversing it. Both are idempotent: the (order, kind)
 * key lets one blue and one red invoice exist per order, so a replayed payment, shipment or refund event (or two
 * nodes handling it at once) finds the first one and creates nothing; each runs in a transaction of its own.
 */
@Service
public class InvoiceDesk {

    private final Invoices invoices;
    private final OrderManagement orders;
    private final InvoiceRequests requests;
    private final InvoicingProperties properties;
    private final DataProtection protection;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    InvoiceDesk(Invoices invoices, OrderManagement orders, InvoiceRequests requests, InvoicingProperties properties,
            DataProtection protection, PlatformTransactionManager transactions, Clock clock) {
        this.invoices = invoices;
        this.orders = orders;
        this.requests = requests;
        this.properties = properties;
        this.protection = protection;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The order's blue invoice, opened now if {@code trigger} is when its channel invoices and the order asked for
     * one and has something to invoice; empty when no invoice is due.
     */
    public Optional<InvoiceView> openIfDue(OrderId orderId, InvoiceTiming trigger, String actor) {
        Optional<Invoice> existing = invoices.findByOrderAndKind(orderId.id(), InvoiceKind.BLUE);
        if (existing.isPresent()) {
            return existing.map(Invoice::view);
        }
        OrderDetails order = orders.details(orderId);
        OrderDraft.InvoiceInfo info = order.draft().invoice();
        if (info == null || !info.wanted() || order.totalFen() <= 0
                || properties.timingOf(order.order().channel()) != trigger) {
            return Optional.empty();
        }
        var request = requests.blue("-", order);
        Invoice blue = Invoice.blue(orderId, order.order().number(), order.order().accountId(),
                new InvoiceBuyer(info.title(), info.taxNumber(), info.email(), lookupKey(info.title(),
                        info.taxNumber(), lookupMobile(order))), request.amountFen(), request.taxFen(), actor,
                clock.instant());
        return Optional.of(insert(blue, orderId, InvoiceKind.BLUE));
    }

    /** The holder asks for the invoice of a paid order in a channel that invoices on request. */
    public InvoiceView request(OrderId orderId, String actor) {
        OrderDetails order = orders.details(orderId);
        if (!order.order().paid()) {
            throw new ConflictException("invoicing.request.unpaid", "the order is not paid");
        }
        OrderDraft.InvoiceInfo info = order.draft().invoice();
        if (info == null || !info.wanted()) {
            throw new ConflictException("invoicing.request.notWanted", "the order asked for no invoice");
        }
        // only ON_REQUEST: asking must not open an after-shipment invoice before the UKEY ships
        ConflictException notOnRequest = new ConflictException("invoicing.request.notOnRequest",
                "the channel invoices by itself");
        if (properties.timingOf(order.order().channel()) != InvoiceTiming.ON_REQUEST) {
            throw notOnRequest;
        }
        return openIfDue(orderId, InvoiceTiming.ON_REQUEST, actor).orElseThrow(() -> notOnRequest);
    }

    /**
     * Reverses the order's blue invoice: one never sent to the platform (the worker records the serial before it
     * calls) is cancelled, any other gets its red
     * invoice (issued once the blue one is). Nothing happens when there is no blue invoice or it is already
     * reversed or cancelled.
     */
    public Optional<InvoiceView> reverse(OrderId orderId, String reason, String actor) {
        try {
            return ownTransaction.execute(tx -> {
                Invoice blue = invoices.findByOrderAndKind(orderId.id(), InvoiceKind.BLUE).orElse(null);
                if (blue == null || blue.status() == InvoiceStatus.CANCELLED
                        || blue.status() == InvoiceStatus.REVERSED
                        || invoices.findByOrderKindAndGeneration(orderId.id(), InvoiceKind.RED, blue.generation())
                                .isPresent()) {
                    return Optional.<InvoiceView>empty();
                }
                if (blue.status() == InvoiceStatus.PENDING && blue.platformRef() == null) {
                    blue.cancel(actor, reason, clock.instant());
                    return Optional.of(invoices.save(blue).view());
                }
                blue.reversalWanted(reason);
                invoices.save(blue);
                return Optional.of(invoices.saveAndFlush(Invoice.redFor(blue, reason, actor, clock.instant()))
                        .view());
            });
        } catch (DataIntegrityViolationException replayed) {
            return invoices.findByOrderAndKind(orderId.id(), InvoiceKind.RED).map(Invoice::view);
        }
    }

    /** Staff send a failed invoice again. */
    public InvoiceView retry(InvoiceId id, String actor) {
        return ownTransaction.execute(tx -> {
            Invoice invoice = invoices.findById(id.id()).orElseThrow(() -> new NotFoundException("invoice", id));
            if (invoice.status() != InvoiceStatus.FAILED) {
                throw new ConflictException("invoicing.retry.notFailed", "only a failed invoice is retried",
                        invoice.status());
            }
            invoice.retry(actor, clock.instant());
            return invoices.save(invoice).view();
        });
    }

    /** The keyed hash the public lookup searches by: buyer name, taxpayer number and the order's mobile. */
    public String lookupKey(String name, String taxNumber, String mobile) {
        return protection.keyedHash("invoice-lookup|" + InputHygiene.tidy(name) + "|"
                + InputHygiene.compact(taxNumber).toUpperCase(Locale.ROOT) + "|" + InputHygiene.compact(mobile));
    }

    private InvoiceView insert(Invoice invoice, OrderId orderId, InvoiceKind kind) {
        try {
            return ownTransaction.execute(tx -> invoices.saveAndFlush(invoice).view());
        } catch (DataIntegrityViolationException replayed) {
            return invoices.findByOrderAndKind(orderId.id(), kind).map(Invoice::view).orElseThrow(() -> replayed);
        }
    }

    static String lookupMobile(OrderDetails order) {
        Subject subject = order.draft().subject();
        return subject == null ? "" : subject.handler().mobile();
    }
}
