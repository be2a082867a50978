package com.certhall.invoicing.web;

import com.certhall.invoicing.InvoiceFile;
import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceManagement;
import com.certhall.orders.OrderId;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.PageErrors;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The invoice block of the holder's order page (loaded into {@code orders/detail} by htmx): status, number, PDF and
 * XML downloads, sending again to another address, and asking for the invoice where the channel invoices on request.
 */
@Controller
class InvoicePages {

    private final InvoiceManagement invoices;
    private final PageErrors errors;

    InvoicePages(InvoiceManagement invoices, PageErrors errors) {
        this.invoices = invoices;
        this.errors = errors;
    }

    @GetMapping("/orders/{id}/invoice-block")
    String block(@PathVariable String id, Model model, Caller caller) {
        model.addAttribute("orderId", id);
        model.addAttribute("overview", invoices.overview(OrderId.fromPath(id), caller.applicantId()));
        return "invoicing/block :: block";
    }

    /** The cell of "我的订单" (loaded by htmx per paid order): 已开票 with the number and downloads, or 开票中. */
    @GetMapping("/orders/{id}/invoice-badge")
    String badge(@PathVariable String id, Model model, Caller caller) {
        model.addAttribute("orderId", id);
        model.addAttribute("invoices", invoices.ofOrderOwned(OrderId.fromPath(id), caller.applicantId()).stream()
                .filter(v -> v.kind() == InvoiceKind.BLUE).toList());
        return "invoicing/badge :: badge";
    }

    @GetMapping("/orders/{id}/invoices/{invoiceId}/{file:pdf|ofd|xml}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String invoiceId, @PathVariable String file,
            Caller caller) {
        return file(invoices.fileOwned(InvoiceId.parse(invoiceId), caller.applicantId(), file));
    }

    /** Sent again; answered with the block (htmx) or by going back to the order page. */
    @PostMapping("/orders/{id}/invoices/{invoiceId}/redeliver")
    String redeliver(@PathVariable String id, @PathVariable String invoiceId,
            @RequestParam(defaultValue = "") String email, @RequestHeader(name = "HX-Request", required = false)
            String htmx, Model model, Locale locale, Caller caller) {
        return act(id, htmx, model, locale, caller, "invoicing.redelivered", () -> invoices.redeliver(
                InvoiceId.parse(invoiceId), caller.applicantId(), email, caller.auditActor()));
    }

    /** The holder asks finance to correct the title (buyer name, taxpayer number) of an issued invoice. */
    @PostMapping("/orders/{id}/invoices/{invoiceId}/corrections")
    String correct(@PathVariable String id, @PathVariable String invoiceId,
            @RequestParam(defaultValue = "") String buyerName, @RequestParam(defaultValue = "") String taxNumber,
            @RequestParam(defaultValue = "") String reason,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            Caller caller) {
        return act(id, htmx, model, locale, caller, "invoicing.correction.requested", () ->
                invoices.requestCorrection(InvoiceId.parse(invoiceId), caller.applicantId(), buyerName, taxNumber,
                        reason, caller.auditActor()));
    }

    @PostMapping("/orders/{id}/invoices")
    String request(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale, Caller caller) {
        return act(id, htmx, model, locale, caller, "invoicing.requested",
                () -> invoices.request(OrderId.fromPath(id), caller.applicantId(), caller.auditActor()));
    }

    private String act(String id, String htmx, Model model, Locale locale, Caller caller, String doneKey,
            Runnable action) {
        try {
            action.run();
            model.addAttribute("notice", doneKey);
        } catch (ProblemException e) {
            if (htmx == null) {
                throw e;
            }
            model.addAttribute("invoiceError", String.join(" ", errors.sentences(e, locale, "invoicing")));
        }
        if (htmx == null) {
            return "redirect:/orders/" + OrderId.fromPath(id).id();
        }
        return block(id, model, caller);
    }

    static ResponseEntity<byte[]> file(InvoiceFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name())
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
