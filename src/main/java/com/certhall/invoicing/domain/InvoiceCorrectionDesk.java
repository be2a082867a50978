package com.certhall.invoicing.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.invoicing.InvoiceCorrectionView;
import com.certhall.invoicing.InvoiceCorrectionView.Status;
import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceStatus;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.FreeText;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.Uscc;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Title corrections (docs/invoicing.md, "Corrections"): the holder asks to correct the buyer name or taxpayer number
 * of an issued blue invoice; finance approves, which reverses it by a red invoice (红字确认单 first) and opens a new
 * blue invoice for the corrected buyer, sent once the red one is issued; or rejects with a reason. Audited.
 */
@Service
public class InvoiceCorrectionDesk {

    /** A holder's reason; it goes into the red invoice's reason after a prefix, within the 500 of that column. */
    static final int REASON = 200;

    private final Invoices invoices;
    private final InvoiceCorrections corrections;
    private final InvoiceDesk desk;
    private final OrderManagement orders;
    private final AuditTrail audit;
    private final Clock clock;

    InvoiceCorrectionDesk(Invoices invoices, InvoiceCorrections corrections, InvoiceDesk desk, OrderManagement orders,
            AuditTrail audit, Clock clock) {
        this.invoices = invoices;
        this.corrections = corrections;
        this.desk = desk;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The holder asks to correct the title of his issued blue invoice.
     *
     * @throws InvalidInputException naming {@code buyerName}, {@code taxNumber} or {@code reason}
     * @throws ConflictException     (409) when the invoice is not an issued blue one or a correction is open already
     */
    @Transactional
    public InvoiceCorrectionView request(InvoiceId id, UUID accountId, String rawName, String rawTaxNumber,
            String rawReason, String actor) {
        Invoice blue = invoices.findById(id.id()).filter(i -> i.accountId().equals(accountId))
                .orElseThrow(() -> new NotFoundException("invoice", id));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = InputHygiene.tidy(rawName == null ? "" : rawName);
        if (name.isEmpty() || name.length() > 200) {
            errors.add(FieldViolation.of("buyerName", name.isEmpty() ? "required" : "length",
                    name.isEmpty() ? "validation.required" : "invoicing.lookup.nameLength", "buyerName", 200));
        }
        String taxNumber = InputHygiene.compact(rawTaxNumber == null ? "" : rawTaxNumber).toUpperCase(Locale.ROOT);
        if (!blue.buyer().taxNumber().isEmpty() || !taxNumber.isEmpty()) {
            // an organisation's taxpayer number is its USCC (GB 32100-2015)
            errors.check(() -> Uscc.parse("taxNumber", taxNumber));
        }
        String reason = errors.check(() -> FreeText.required("reason", rawReason, REASON));
        errors.throwIfAny();
        if (name.equals(blue.buyer().name()) && taxNumber.equals(blue.buyer().taxNumber())) {
            throw InvalidInputException.of("buyerName", "unchanged", "invoicing.correction.unchanged", "buyerName");
        }
        if (blue.kind() != InvoiceKind.BLUE || blue.status() != InvoiceStatus.ISSUED || blue.reason() != null) {
            throw new ConflictException("invoicing.correction.notIssued", "only an issued blue invoice is corrected");
        }
        InvoiceCorrection correction = new InvoiceCorrection(blue.orderId(), accountId, blue.id(), name, taxNumber,
                reason, clock.instant());
        try {
            corrections.saveAndFlush(correction);
        } catch (DataIntegrityViolationException open) {
            throw new ConflictException("invoicing.correction.open", "a correction of this invoice is open");
        }
        audit.record(AuditRecord.of("invoicing.correction.requested", actor, "invoice:" + id)
                .with("correction", correction.id()).with("reason", reason));
        return correction.view(blue);
    }

    /**
     * Finance agrees: the invoice gets its red invoice and a new blue one for the corrected buyer.
     *
     * @throws ConflictException (409) when decided already, or the invoice was reversed meanwhile (refund)
     */
    @Transactional
    public InvoiceCorrectionView approve(String correctionId, String actor) {
        InvoiceCorrection correction = open(correctionId);
        Invoice blue = invoices.findById(correction.blueId()).orElseThrow();
        if (blue.status() != InvoiceStatus.ISSUED || blue.reason() != null) {
            throw new ConflictException("invoicing.correction.notIssued", "only an issued blue invoice is corrected");
        }
        var order = orders.details(new OrderId(blue.orderId()));
        // the red invoice's reason goes to the tax platform with its red-letter confirmation: Chinese
        String why = "更正发票抬头：" + correction.reason();
        blue.reversalWanted(why);
        Invoice red = Invoice.redFor(blue, why, actor, clock.instant());
        Invoice replacement = Invoice.correctionOf(blue, new InvoiceBuyer(correction.buyerName(),
                correction.buyerTaxNumber(), blue.buyer().email(), desk.lookupKey(correction.buyerName(),
                        correction.buyerTaxNumber(), InvoiceDesk.lookupMobile(order))), actor, clock.instant());
        invoices.save(blue);
        invoices.save(red);
        invoices.save(replacement);
        correction.approve(actor, replacement.id(), clock.instant());
        corrections.save(correction);
        audit.record(AuditRecord.of("invoicing.correction.approved", actor, "invoice:" + blue.id())
                .with("correction", correction.id()).with("replacement", replacement.id()));
        return correction.view(blue);
    }

    /** Finance refuses, with a reason the holder sees. */
    @Transactional
    public InvoiceCorrectionView reject(String correctionId, String rawReason, String actor) {
        String note = FreeText.required("reason", rawReason, FreeText.REASON);
        InvoiceCorrection correction = open(correctionId);
        correction.reject(actor, note, clock.instant());
        corrections.save(correction);
        audit.record(AuditRecord.of("invoicing.correction.rejected", actor, "invoice:" + correction.blueId())
                .with("correction", correction.id()).with("reason", note));
        return correction.view(invoices.findById(correction.blueId()).orElseThrow());
    }

    public List<InvoiceCorrectionView> ofOrder(OrderId orderId) {
        return views(corrections.findByOrder(orderId.id()));
    }

    /** What finance has to decide, oldest first. */
    public List<InvoiceCorrectionView> waiting(int limit) {
        return views(corrections.findByStatus(Status.REQUESTED, PageRequest.of(0, limit)));
    }

    private List<InvoiceCorrectionView> views(List<InvoiceCorrection> list) {
        return list.stream().map(c -> c.view(invoices.findById(c.blueId()).orElseThrow())).toList();
    }

    private InvoiceCorrection open(String rawId) {
        UUID id;
        try {
            id = UUID.fromString(rawId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("correction", rawId);
        }
        InvoiceCorrection correction = corrections.findById(id)
                .orElseThrow(() -> new NotFoundException("correction", rawId));
        if (correction.status() != Status.REQUESTED) {
            throw new ConflictException("invoicing.correction.decided", "the correction is decided already",
                    correction.status());
        }
        return correction;
    }
}
