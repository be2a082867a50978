package com.certhall.notifications.listeners;

import com.certhall.invoicing.InvoiceChanged;
import com.certhall.invoicing.InvoiceFile;
import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceMailRequested;
import com.certhall.invoicing.InvoiceManagement;
import com.certhall.invoicing.InvoiceStatus;
import com.certhall.invoicing.InvoiceView;
import com.certhall.notifications.Notifier;
import com.certhall.orders.OrderManagement;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * E-mails an issued invoice with its PDF and OFD attached to the address on the order (a red invoice too, so the
 * buyer's books see the reversal), and again to the address the holder chose when asked. The files are fetched from
 * the tax platform when the mail is sent: the stored event carries only ids.
 */
@Component
class InvoiceNotifications {

    private final Notifier notifier;
    private final InvoiceManagement invoices;
    private final OrderManagement orders;

    InvoiceNotifications(Notifier notifier, InvoiceManagement invoices, OrderManagement orders) {
        this.notifier = notifier;
        this.invoices = invoices;
        this.orders = orders;
    }

    @NotificationListener
    void on(InvoiceChanged event) {
        if (event.to() != InvoiceStatus.ISSUED || event.from() == InvoiceStatus.ISSUED) {
            return;
        }
        InvoiceView invoice = invoices.get(event.invoiceId());
        String template = invoice.kind() == InvoiceKind.RED ? "invoiceReversed" : "invoiceIssued";
        send("invoice:" + invoice.id(), invoice, invoice.buyerEmail(), template);
    }

    @NotificationListener
    void on(InvoiceMailRequested event) {
        send("invoice-mail:" + event.requestId(), invoices.get(event.invoiceId()), event.email(), "invoiceResent");
    }

    private void send(String key, InvoiceView invoice, String address, String template) {
        if (address == null || address.isBlank()) {
            return;
        }
        InvoiceFile pdf = invoices.pdf(invoice.id());
        InvoiceFile ofd = invoices.ofd(invoice.id());
        notifier.emailWithAttachments(key, address, template, orders.get(invoice.orderId()).language(),
                List.of(new Notifier.Attachment(pdf.name(), pdf.contentType(), pdf.content()),
                        new Notifier.Attachment(ofd.name(), ofd.contentType(), ofd.content())),
                invoice.orderNumber(), invoice.number(), invoice.buyerName(),
                BigDecimal.valueOf(invoice.totalFen(), 2).toPlainString());
    }
}
