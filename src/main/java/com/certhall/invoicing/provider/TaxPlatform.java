package com.certhall.invoicing.provider;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tax side of an electronic invoice (数电票): a tax platform (乐企 direct or a licensed provider) that issues a
 * blue invoice, reports its state, hands out its files, delivers it again, and reverses it by a red-letter
 * confirmation (红字确认单) followed by a red invoice. Every issuing call carries the caller's serial number, and
 * the platform answers a repeated serial with the invoice it already has, so a call repeated after a crash or a
 * timeout never issues twice (docs/invoicing.md).
 */
public interface TaxPlatform {

    /** Asks for a blue invoice; answers at once with {@link PlatformStatus#ISSUING} or the state already known. */
    PlatformInvoice issueBlue(InvoiceRequest request);

    /** The state of what was asked under {@code serialNo}; {@link PlatformStatus#UNKNOWN} if nothing was. */
    PlatformInvoice query(String serialNo);

    /** One file of an issued invoice. */
    byte[] file(String invoiceNumber, FileKind kind);

    /** The platform delivers the issued invoice once more (its own e-mail or the taxpayer's digital account). */
    void redeliver(String invoiceNumber, String email);

    /** The seller enters a red-letter confirmation for a blue invoice (full reversal); returns the form. */
    RedForm requestRedConfirmation(String blueNumber, String reason);

    /**
     * Confirms the form on behalf of the other party where the rules allow it (the buyer has not booked the invoice
     * or is not a 数电 taxpayer), then the platform issues the red invoice under {@code serialNo}.
     */
    PlatformInvoice confirmRed(String formNumber, String serialNo);

    /** Files an issued invoice has: the PDF, the OFD (GB/T 33190-2016) and the structured XML. */
    enum FileKind {
        PDF("application/pdf", "pdf"), OFD("application/ofd", "ofd"), XML("application/xml", "xml");

        private final String contentType;
        private final String extension;

        FileKind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** 开票中, 已开票, or unknown to the platform. */
    enum PlatformStatus {
        UNKNOWN, ISSUING, ISSUED
    }

    /** What the platform knows of one request. */
    record PlatformInvoice(String serialNo, PlatformStatus status, @Nullable String invoiceNumber,
            @Nullable Instant issuedAt) {
    }

    /** A red-letter confirmation (红字确认单), 20 characters as the platform numbers it. */
    record RedForm(String formNumber, String blueNumber, String status) {
    }

    /**
     * What a blue invoice says. Amounts are fen; an item's {@code amountFen} is without tax, {@code taxFen} its
     * tax, {@code taxRatePercent} its rate.
     */
    record InvoiceRequest(String serialNo, Party seller, Party buyer, List<Item> items, long amountFen,
            long taxFen, String remark, String drawer) {

        public InvoiceRequest {
            items = List.copyOf(items);
        }

        public long totalFen() {
            return amountFen + taxFen;
        }
    }

    /** Seller or buyer: name, taxpayer number (empty for a person), address and phone, bank and account. */
    record Party(String name, String taxNumber, String addressPhone, String bankAccount) {
    }

    /** One line: name as {@code *category*name}, 19-digit tax classification code, unit, quantity, amounts. */
    record Item(String name, String taxCode, String specification, String unit, int quantity, long amountFen,
            int taxRatePercent, long taxFen) {

        public Item {
            if (taxCode == null || !taxCode.matches("\\d{19}")) {
                throw new IllegalArgumentException("a tax classification code has 19 digits: " + taxCode);
            }
        }
    }
}
