package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceStatus;
import com.certhall.invoicing.InvoicingProperties;
import com.certhall.invoicing.provider.TaxPlatform;
import com.certhall.invoicing.provider.TaxPlatform.PlatformInvoice;
import com.certhall.invoicing.provider.TaxPlatform.PlatformStatus;
import com.certhall.invoicing.provider.TaxPlatformException;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves due invoices along at the tax platform: sends pending blue invoices, asks about those 开票中, enters and
 * confirms red-letter confirmations and issues red invoices. Platform calls never run inside a transaction: the
 * serial is recorded first, the platform asked, the answer saved afterwards. A failure counts an attempt and waits
 * (doubling back-off); after the last one the invoice is {@code FAILED} for staff (docs/invoicing.md).
 */
@Service
public class InvoiceWorker {

    private static final Logger log = LoggerFactory.getLogger(InvoiceWorker.class);
    private static final int BATCH = 50;

    private final Invoices invoices;
    private final @Nullable TaxPlatform platform;
    private final ManualInvoicing manual;
    private final OrderManagement orders;
    private final InvoiceRequests requests;
    private final InvoicingProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    InvoiceWorker(Invoices invoices, ObjectProvider<TaxPlatform> platform, ManualInvoicing manual,
            OrderManagement orders, InvoiceRequests requests, InvoicingProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.invoices = invoices;
        // none under certhall.invoicing.platform=none (TaxPlatformSelection): finance issues outside CertHall
        this.platform = platform.getIfAvailable();
        this.manual = manual;
        this.orders = orders;
        this.requests = requests;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${certhall.invoicing.worker-interval:PT5S}",
            initialDelayString = "${certhall.invoicing.worker-initial-delay:PT15S}")
    @SchedulerLock(name = "invoicing-worker", lockAtMostFor = "PT5M")
    public void scheduled() {
        runDue();
    }

    /** One pass over the invoices due now; returns how many were looked at. */
    public int runDue() {
        List<UUID> due = invoices.findDue(EnumSet.of(InvoiceStatus.PENDING, InvoiceStatus.CONFIRMING,
                InvoiceStatus.ISSUING), clock.instant(), PageRequest.of(0, BATCH));
        for (UUID id : due) {
            try {
                step(id);
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                log.info("Invoice {} changed meanwhile; it is looked at again on the next pass", id);
            }
        }
        return due.size();
    }

    private void step(UUID id) {
        if (platform == null) {
            manual.step(id);
            return;
        }
        Invoice invoice = invoices.findById(id).orElseThrow();
        try {
            if (invoice.kind() == InvoiceKind.RED) {
                stepRed(invoice);
            } else if (invoice.status() == InvoiceStatus.PENDING) {
                stepBluePending(invoice);
            } else {
                poll(invoice);
            }
        } catch (TaxPlatformException e) {
            log.warn("Tax platform failed for invoice {} ({}): {}", id, invoice.status(), e.getMessage());
            change(id, i -> i.attemptFailed(e.getMessage(), e.retryable(), properties.retryPolicy(),
                    clock.instant()));
        }
    }

    private void stepBluePending(Invoice blue) {
        if (blue.reason() != null || correctedNotYetReversed(blue)) {
            change(blue.id(), i -> i.later(properties.pollInterval(), clock.instant()));
            return;
        }
        String serial = blue.id().toString();
        change(blue.id(), i -> i.claim(serial, clock.instant()));
        PlatformInvoice answer = platform.issueBlue(requests.blue(serial, orders.details(new OrderId(
                blue.orderId())), blue.buyer().name(), blue.buyer().taxNumber()));
        apply(blue.id(), answer);
    }

    /** A corrected title's new blue invoice goes out once the red one has reversed the invoice it replaces. */
    private boolean correctedNotYetReversed(Invoice blue) {
        return blue.generation() > 0 && invoices.findByOrderKindAndGeneration(blue.orderId(), InvoiceKind.BLUE,
                blue.generation() - 1).map(previous -> previous.status() != InvoiceStatus.REVERSED
                && previous.status() != InvoiceStatus.CANCELLED).orElse(false);
    }

    private void poll(Invoice invoice) {
        PlatformInvoice answer = platform.query(invoice.id().toString());
        apply(invoice.id(), answer);
    }

    private void stepRed(Invoice red) {
        Invoice blue = invoices.findById(red.blueId()).orElseThrow();
        if (blue.status() != InvoiceStatus.ISSUED && blue.status() != InvoiceStatus.REVERSED) {
            settleBlueFirst(red, blue);
            return;
        }
        switch (red.status()) {
            case PENDING -> {
                TaxPlatform.RedForm form = platform.requestRedConfirmation(blue.number(), red.reason());
                change(red.id(), i -> i.redFormEntered(form.formNumber(), clock.instant()));
            }
            case CONFIRMING -> {
                change(red.id(), i -> i.claim(red.id().toString(), clock.instant()));
                apply(red.id(), platform.confirmRed(red.redFormNumber(), red.id().toString()));
            }
            default -> poll(red);
        }
    }

    /** A red invoice waits for its blue one; a blue one the platform never received is cancelled with it. */
    private void settleBlueFirst(Invoice red, Invoice blue) {
        PlatformInvoice known = platform.query(blue.id().toString());
        if (known.status() == PlatformStatus.UNKNOWN) {
            tx.executeWithoutResult(t -> {
                Invoice b = invoices.findById(blue.id()).orElseThrow();
                Invoice r = invoices.findById(red.id()).orElseThrow();
                b.cancel("system:invoicing", r.reason(), clock.instant());
                r.cancel("system:invoicing", r.reason(), clock.instant());
                invoices.save(b);
                invoices.save(r);
            });
            return;
        }
        apply(blue.id(), known);
        change(red.id(), i -> i.later(properties.pollInterval(), clock.instant()));
    }

    private void apply(UUID id, PlatformInvoice answer) {
        tx.executeWithoutResult(t -> {
            Invoice invoice = invoices.findById(id).orElseThrow();
            switch (answer.status()) {
                case ISSUED -> {
                    if (invoice.status() != InvoiceStatus.ISSUED) {
                        invoice.issued(answer.invoiceNumber(), answer.issuedAt(), clock.instant());
                        reverseBlueOf(invoice);
                    }
                }
                case ISSUING -> {
                    if (invoice.status() != InvoiceStatus.ISSUING) {
                        invoice.sent(clock.instant());
                    }
                    invoice.later(properties.pollInterval(), clock.instant());
                }
                case UNKNOWN -> invoice.attemptFailed("UNKNOWN: the platform does not know the serial", true,
                        properties.retryPolicy(), clock.instant());
            }
            invoices.save(invoice);
        });
    }

    private void reverseBlueOf(Invoice red) {
        if (red.kind() == InvoiceKind.RED) {
            Invoice blue = invoices.findById(red.blueId()).orElseThrow();
            blue.reversed("system:invoicing", clock.instant());
            invoices.save(blue);
        }
    }

    private void change(UUID id, Consumer<Invoice> move) {
        tx.executeWithoutResult(t -> {
            Invoice invoice = invoices.findById(id).orElseThrow();
            move.accept(invoice);
            invoices.save(invoice);
        });
    }
}
