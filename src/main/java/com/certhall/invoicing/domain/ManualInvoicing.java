package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoiceFile;
import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceStatus;
import com.certhall.invoicing.InvoiceView;
import com.certhall.invoicing.InvoicingProperties;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoicing without a tax platform ({@code certhall.invoicing.platform=none}): a due invoice waits as
 * {@link InvoiceStatus#MANUAL} until finance, having issued it in the tax authority's own client, records its number
 * and PDF; from then on it is an issued invoice like any other (e-mailed, downloadable, found by the lookup). A red
 * invoice waits the same way once its blue one is issued; a blue one never issued is cancelled with its red one
 * (docs/invoicing.md, "Without a tax platform").
 */
@Service
public class ManualInvoicing {

    /** 数电 numbers have 20 digits; older electronic invoices 8 (with a separate code). */
    private static final Pattern NUMBER = Pattern.compile("\\d{8}|\\d{20}");
    static final int MAX_PDF_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final Invoices invoices;
    private final JdbcClient jdbc;
    private final InvoicingProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    ManualInvoicing(Invoices invoices, JdbcClient jdbc, InvoicingProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The worker's step for a due invoice when no platform is connected. */
    void step(UUID id) {
        tx.executeWithoutResult(t -> {
            Invoice invoice = invoices.findById(id).orElseThrow();
            if (invoice.kind() == InvoiceKind.RED) {
                stepRed(invoice);
            } else if (invoice.reason() != null || correctedNotYetReversed(invoice)) {
                invoice.later(properties.pollInterval(), clock.instant());
            } else {
                invoice.awaitFinance(clock.instant());
            }
            invoices.save(invoice);
        });
    }

    private void stepRed(Invoice red) {
        Invoice blue = invoices.findById(red.blueId()).orElseThrow();
        if (blue.status() == InvoiceStatus.ISSUED) {
            red.awaitFinance(clock.instant());
        } else if (blue.status() == InvoiceStatus.PENDING || blue.status() == InvoiceStatus.MANUAL) {
            // finance never issued the blue one: nothing to reverse
            blue.cancel("system:invoicing", red.reason(), clock.instant());
            red.cancel("system:invoicing", red.reason(), clock.instant());
            invoices.save(blue);
        } else {
            red.later(properties.pollInterval(), clock.instant());
        }
    }

    private boolean correctedNotYetReversed(Invoice blue) {
        return blue.generation() > 0 && invoices.findByOrderKindAndGeneration(blue.orderId(), InvoiceKind.BLUE,
                blue.generation() - 1).map(previous -> previous.status() != InvoiceStatus.REVERSED
                && previous.status() != InvoiceStatus.CANCELLED).orElse(false);
    }

    /**
     * Finance issued the invoice outside CertHall: its number and PDF make it {@link InvoiceStatus#ISSUED} (a red
     * one reverses its blue one).
     *
     * @throws InvalidInputException naming {@code invoiceNumber} (8 or 20 digits, not used before) or {@code pdf}
     * @throws ConflictException     when the invoice does not wait for finance
     */
    public InvoiceView record(InvoiceId id, String rawNumber, byte[] pdf, String actor) {
        String number = InputHygiene.compact(rawNumber == null ? "" : rawNumber);
        if (!NUMBER.matcher(number).matches()) {
            throw InvalidInputException.of("invoiceNumber", "format", "invoicing.manual.number", "invoiceNumber");
        }
        if (pdf == null || pdf.length == 0) {
            throw InvalidInputException.of("pdf", "required", "validation.required", "pdf");
        }
        if (pdf.length > MAX_PDF_BYTES || pdf.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC)) {
            throw InvalidInputException.of("pdf", "type", "invoicing.manual.pdf", "pdf");
        }
        try {
            return tx.execute(t -> {
                Invoice invoice = invoices.findById(id.id()).orElseThrow(() -> new NotFoundException("invoice", id));
                if (invoice.status() != InvoiceStatus.MANUAL) {
                    throw new ConflictException("invoicing.manual.notWaiting",
                            "the invoice does not wait for finance", invoice.status());
                }
                invoice.issuedByFinance(number, actor, clock.instant());
                if (invoice.kind() == InvoiceKind.RED) {
                    Invoice blue = invoices.findById(invoice.blueId()).orElseThrow();
                    blue.reversed(actor, clock.instant());
                    invoices.save(blue);
                }
                jdbc.sql("INSERT INTO invoicing_manual_file (invoice_id, pdf, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?)").params(invoice.id(), pdf, actor,
                        java.sql.Timestamp.from(clock.instant())).update();
                return invoices.saveAndFlush(invoice).view();
            });
        } catch (DataIntegrityViolationException numberTaken) {
            throw InvalidInputException.of("invoiceNumber", "taken", "invoicing.manual.numberTaken",
                    "invoiceNumber");
        }
    }

    /** The PDF finance recorded for an invoice, if it was issued outside CertHall. */
    Optional<InvoiceFile> pdf(UUID invoiceId, String number) {
        return jdbc.sql("SELECT pdf FROM invoicing_manual_file WHERE invoice_id = ?").param(invoiceId)
                .query(byte[].class).optional()
                .map(bytes -> new InvoiceFile("dzfp_" + number + ".pdf", "application/pdf", bytes));
    }
}
