package com.certhall.invoicing;

import com.certhall.invoicing.domain.InvoiceCorrectionDesk;
import com.certhall.invoicing.domain.InvoiceDesk;
import com.certhall.invoicing.domain.InvoiceReads;
import com.certhall.invoicing.domain.ManualInvoicing;
import com.certhall.invoicing.provider.TaxPlatform.FileKind;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FreeText;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The invoicing facade: an order's invoices for its holder (status, files, sending again, asking for one where the
 * channel invoices on request), the public lookup, and the finance console's retry and reversal. Invoices are
 * opened and reversed from order and payment events; the tax platform is called only by the worker, never inside a
 * business transaction (docs/invoicing.md).
 */
@Service
public class InvoiceManagement {

    private final InvoiceReads reads;
    private final InvoiceDesk desk;
    private final OrderManagement orders;
    private final InvoicingProperties properties;
    private final InvoiceCorrectionDesk correctionDesk;
    private final ManualInvoicing manual;

    InvoiceManagement(InvoiceReads reads, InvoiceDesk desk, OrderManagement orders, InvoicingProperties properties,
            InvoiceCorrectionDesk correctionDesk, ManualInvoicing manual) {
        this.reads = reads;
        this.manual = manual;
        this.desk = desk;
        this.correctionDesk = correctionDesk;
        this.orders = orders;
        this.properties = properties;
    }

    /** The order page's invoice block for the order's owner (404 for another account). */
    public InvoiceOverview overview(OrderId orderId, UUID accountId) {
        OrderDetails order = orders.detailsOwned(orderId, accountId);
        OrderDraft.InvoiceInfo info = order.draft().invoice();
        boolean wanted = info != null && info.wanted();
        InvoiceTiming timing = properties.timingOf(order.order().channel());
        List<InvoiceView> invoices = reads.ofOrder(orderId);
        boolean requestable = wanted && timing == InvoiceTiming.ON_REQUEST && order.order().paid()
                && invoices.isEmpty() && order.order().status() != OrderStatus.CANCELLED;
        return new InvoiceOverview(wanted, timing, requestable, wanted ? info.email() : "", invoices,
                correctionDesk.ofOrder(orderId));
    }

    public List<InvoiceView> ofOrder(OrderId orderId) {
        return reads.ofOrder(orderId);
    }

    /** @throws com.certhall.shared.NotFoundException (404) when the order belongs to another account */
    public List<InvoiceView> ofOrderOwned(OrderId orderId, UUID accountId) {
        return reads.ofOrderOwned(orderId, accountId);
    }

    public InvoiceView get(InvoiceId id) {
        return reads.get(id);
    }

    public InvoiceView getOwned(InvoiceId id, UUID accountId) {
        return reads.getOwned(id, accountId);
    }

    public InvoiceFile pdf(InvoiceId id) {
        return reads.file(id, FileKind.PDF);
    }

    public InvoiceFile xml(InvoiceId id) {
        return reads.file(id, FileKind.XML);
    }

    public InvoiceFile ofd(InvoiceId id) {
        return reads.file(id, FileKind.OFD);
    }

    /** A file by its extension ({@code pdf}, {@code ofd}, {@code xml}), as the download routes name it. */
    public InvoiceFile file(InvoiceId id, String extension) {
        return reads.file(id, kind(extension));
    }

    /** @throws com.certhall.shared.NotFoundException (404) when the invoice belongs to another account */
    public InvoiceFile fileOwned(InvoiceId id, UUID accountId, String extension) {
        return reads.fileOwned(id, accountId, kind(extension));
    }

    private static FileKind kind(String extension) {
        for (FileKind kind : FileKind.values()) {
            if (kind.extension().equals(extension)) {
                return kind;
            }
        }
        throw new com.certhall.shared.NotFoundException("invoice file", extension);
    }

    public InvoiceFile pdfOwned(InvoiceId id, UUID accountId) {
        return reads.fileOwned(id, accountId, FileKind.PDF);
    }

    public InvoiceFile xmlOwned(InvoiceId id, UUID accountId) {
        return reads.fileOwned(id, accountId, FileKind.XML);
    }

    /**
     * The holder asks for the invoice of a paid order whose channel invoices on request.
     *
     * @throws ConflictException (409) when the order is unpaid, asked for no invoice, or its channel invoices itself
     */
    public InvoiceView request(OrderId orderId, UUID accountId, String actor) {
        orders.getOwned(orderId, accountId);
        return desk.request(orderId, actor);
    }

    /** Sends an issued invoice again (empty e-mail: the order's); rate-limited per day (429). */
    public InvoiceView redeliver(InvoiceId id, UUID accountId, String email, String actor) {
        return reads.redeliver(id, accountId, email, actor);
    }

    /** The public lookup by buyer name, taxpayer number, the order's mobile and an SMS code to it. */
    public List<InvoiceView> lookup(String buyerName, String taxNumber, String mobile, String smsCode) {
        return reads.lookup(buyerName, taxNumber, mobile, smsCode);
    }

    public List<InvoiceView> latest(int limit) {
        return reads.latest(limit);
    }

    /** Finance sends a failed invoice again (audited). */
    public InvoiceView retry(InvoiceId id, String actor) {
        return desk.retry(id, actor);
    }

    /**
     * Finance issued a waiting ({@link InvoiceStatus#MANUAL}) invoice outside CertHall and records its number and
     * PDF (audited); the buyer then gets it by e-mail as from a tax platform.
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code invoiceNumber} or {@code pdf}
     * @throws ConflictException (409) when the invoice does not wait for finance
     */
    public InvoiceView recordManualIssue(InvoiceId id, String invoiceNumber, byte[] pdf, String actor) {
        return manual.record(id, invoiceNumber, pdf, actor);
    }

    /**
     * Finance reverses an order's blue invoice with a reason (audited): a red-letter confirmation and a red
     * invoice, or a cancellation when it never reached the platform.
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code reason} when it is missing or too long
     * @throws ConflictException (409) when the invoice is not a blue one that can still be reversed
     */
    public InvoiceView reverse(InvoiceId id, String rawReason, String actor) {
        String reason = FreeText.required("reason", rawReason, FreeText.REASON);
        InvoiceView blue = reads.get(id);
        if (blue.kind() != InvoiceKind.BLUE) {
            throw new ConflictException("invoicing.reverse.notBlue", "only a blue invoice is reversed");
        }
        return desk.reverse(blue.orderId(), reason, actor).orElseThrow(() -> new ConflictException(
                "invoicing.reverse.nothing", "nothing to reverse", blue.status()));
    }

    /**
     * The holder asks to correct the buyer name or taxpayer number of his issued blue invoice; finance decides.
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code buyerName}, {@code taxNumber} or {@code reason}
     * @throws ConflictException (409) when the invoice is not issued or a correction of it is open
     */
    public InvoiceCorrectionView requestCorrection(InvoiceId id, UUID accountId, String buyerName, String taxNumber,
            String reason, String actor) {
        return correctionDesk.request(id, accountId, buyerName, taxNumber, reason, actor);
    }

    /** The corrections of the account's order (404 for another account's). */
    public List<InvoiceCorrectionView> correctionsOwned(OrderId orderId, UUID accountId) {
        orders.getOwned(orderId, accountId);
        return correctionDesk.ofOrder(orderId);
    }

    /** Finance's queue of corrections to decide, oldest first. */
    public List<InvoiceCorrectionView> waitingCorrections(int limit) {
        return correctionDesk.waiting(limit);
    }

    /** Finance agrees: red invoice for the old title, a new blue invoice for the corrected one (audited). */
    public InvoiceCorrectionView approveCorrection(String correctionId, String actor) {
        return correctionDesk.approve(correctionId, actor);
    }

    /** Finance refuses with a reason the holder sees (audited). */
    public InvoiceCorrectionView rejectCorrection(String correctionId, String reason, String actor) {
        return correctionDesk.reject(correctionId, reason, actor);
    }
}
