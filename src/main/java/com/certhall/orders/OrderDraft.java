package com.certhall.orders;

import com.certhall.catalog.CertificateType;
import com.certhall.catalog.KeyAlgorithm;
import com.certhall.catalog.Medium;
import com.certhall.shared.Masking;
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

    /**
     * One product line of an order as quoted by the catalog at the time it was chosen.
     *
     * @param keyAlgorithm  the catalog's algorithm name ({@code SM2}, {@code EC_P256}, {@code RSA_2048})
     * @param csrPem        the holder's PKCS#10 request when the holder brings the key, else null
     * @param totalFen      the line's price in fen (certificate years plus UKEY, times quantity)
     */
    public record OrderLine(String productCode, String productName, CertificateType certType, Medium medium,
            int years, int quantity, KeyAlgorithm keyAlgorithm, String csrPem, long totalFen) {
    }

    /**
     * What the applicant wants on the invoice. The title is always the applicant's name (subject); {@code wanted} is
     * false when the channel allows going without one.
     */
    public record InvoiceInfo(boolean wanted, String title, String taxNumber, String address, String phone,
            String bankName, String bankAccount, String email) {

        public static InvoiceInfo none() {
            return new InvoiceInfo(false, "", "", "", "", "", "", "");
        }

        @Override
        public String toString() {
            return "InvoiceInfo[" + wanted + ", " + title + ", account " + Masking.mask(bankAccount, 4, 4) + "]";
        }
    }

    /** How a UKEY reaches the applicant: mailed to a recipient, picked up by the handler, or nothing to deliver. */
    public record DeliveryInfo(Method method, String recipient, String phone, String address) {

        /** Delivery methods; cloud certificates need {@link #NONE}. */
        public enum Method {
            MAIL, PICKUP, NONE
        }

        public static DeliveryInfo none() {
            return new DeliveryInfo(Method.NONE, "", "", "");
        }
    }
}
