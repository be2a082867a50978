package com.certhall.orders;

import java.time.Instant;
import java.util.List;

/**
 * Everything the applicant entered, step by step. Each step saves its part at once, so a draft survives logout and
 * restart. Stored encrypted (it holds ID numbers and bank accounts). Empty parts are null or empty.
 */
public record OrderDraft(Instant agreementAcceptedAt, Subject subject, List<OrderLine> lines, InvoiceInfo invoice,
        DeliveryInfo delivery, Instant signedAt) {

    public OrderDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static OrderDraft empty() {
        return new OrderDraft(null, null, List.of(), null, null, null);
    }

    public OrderDraft withAgreement(Instant at) {
        return new OrderDraft(at, subject, lines, invoice, delivery, signedAt);
    }

    public OrderDraft withSubject(Subject value) {
        return new OrderDraft(agreementAcceptedAt, value, lines, invoice, delivery, signedAt);
    }

    public OrderDraft withLines(List<OrderLine> value) {
        return new OrderDraft(agreementAcceptedAt, subject, value, invoice, delivery, signedAt);
    }

    public OrderDraft withInvoice(InvoiceInfo value) {
        return new OrderDraft(agreementAcceptedAt, subject, lines, value, delivery, signedAt);
    }

    public OrderDraft withDelivery(DeliveryInfo value) {
        return new OrderDraft(agreementAcceptedAt, subject, lines, invoice, value, signedAt);
    }

    public OrderDraft signed(Instant at) {
        return new OrderDraft(agreementAcceptedAt, subject, lines, invoice, delivery, at);
    }

    public long totalFen() {
        return lines.stream().mapToLong(OrderLine::totalFen).sum();
    }
}
