package com.certhall.invoicing.web;

import com.certhall.invoicing.InvoiceId;
import com.certhall.invoicing.InvoiceManagement;
import com.certhall.shared.Caller;
import com.certhall.web.PageErrors;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * FINANCE's invoice console: the latest invoices with their status, the last platform error and the next attempt,
 * a retry for a failed one, a reversal (red-letter confirmation and red invoice) with a reason, and the number and
 * PDF of one issued outside CertHall (no tax platform connected); all audited.
 */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class InvoiceAdminPages {

    static final int SHOWN = 100;

    private final InvoiceManagement invoices;
    private final PageErrors errors;

    InvoiceAdminPages(InvoiceManagement invoices, PageErrors errors) {
        this.invoices = invoices;
        this.errors = errors;
    }

    @GetMapping("/admin/invoices")
    String list(Model model) {
        model.addAttribute("invoices", invoices.latest(SHOWN));
        model.addAttribute("corrections", invoices.waitingCorrections(SHOWN));
        return "invoicing/admin";
    }

    @GetMapping("/admin/invoices/{invoiceId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String invoiceId) {
        return InvoicePages.file(invoices.pdf(InvoiceId.parse(invoiceId)));
    }

    @PostMapping("/admin/invoices/{invoiceId}/retry")
    String retry(@PathVariable String invoiceId, RedirectAttributes flash, Locale locale, Caller staff) {
        return decide(flash, locale, "invoicing.admin.retried",
                () -> invoices.retry(InvoiceId.parse(invoiceId), staff.auditActor()));
    }

    @PostMapping("/admin/invoices/{invoiceId}/manual")
    String manual(@PathVariable String invoiceId, @RequestParam(defaultValue = "") String invoiceNumber,
            @RequestParam(required = false) @Nullable MultipartFile pdf, RedirectAttributes flash, Locale locale,
            Caller staff) throws IOException {
        byte[] content = pdf == null ? new byte[0] : pdf.getBytes();
        return decide(flash, locale, "invoicing.admin.manualRecorded",
                () -> invoices.recordManualIssue(InvoiceId.parse(invoiceId), invoiceNumber, content,
                        staff.auditActor()));
    }

    @PostMapping("/admin/invoices/{invoiceId}/reverse")
    String reverse(@PathVariable String invoiceId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash, Locale locale, Caller staff) {
        return decide(flash, locale, "invoicing.admin.reversed",
                () -> invoices.reverse(InvoiceId.parse(invoiceId), reason, staff.auditActor()));
    }

    @PostMapping("/admin/invoices/corrections/{correctionId}/approve")
    String approve(@PathVariable String correctionId, RedirectAttributes flash, Locale locale, Caller staff) {
        return decide(flash, locale, "invoicing.admin.correctionApproved",
                () -> invoices.approveCorrection(correctionId, staff.auditActor()));
    }

    @PostMapping("/admin/invoices/corrections/{correctionId}/reject")
    String reject(@PathVariable String correctionId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash, Locale locale, Caller staff) {
        return decide(flash, locale, "invoicing.admin.correctionRejected",
                () -> invoices.rejectCorrection(correctionId, reason, staff.auditActor()));
    }

    private String decide(RedirectAttributes flash, Locale locale, String doneKey, Runnable decision) {
        return errors.decide(flash, locale, "invoicing", doneKey, "/admin/invoices", decision);
    }
}
