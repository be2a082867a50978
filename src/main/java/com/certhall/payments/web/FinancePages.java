package com.certhall.payments.web;

import com.certhall.payments.BankTransfers;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.VoucherContent;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * FINANCE's page: bank-transfer vouchers to check (view the voucher, confirm the money arrived, or reject) and the
 * latest payments received by any method, for reconciliation.
 */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class FinancePages {

    /** How many received payments the page lists. */
    static final int RECEIVED_SHOWN = 50;

    private final BankTransfers transfers;
    private final PaymentManagement payments;
    private final MessageSource messages;

    FinancePages(BankTransfers transfers, PaymentManagement payments, MessageSource messages) {
        this.transfers = transfers;
        this.payments = payments;
        this.messages = messages;
    }

    @GetMapping("/admin/payments")
    String list(Model model) {
        model.addAttribute("payments", transfers.awaitingConfirmation());
        model.addAttribute("received", payments.latestReceived(RECEIVED_SHOWN));
        return "payments/admin";
    }

    @GetMapping("/admin/payments/{pid}/voucher")
    ResponseEntity<byte[]> voucher(@PathVariable String pid) {
        VoucherContent v = transfers.voucher(PaymentId.parse(pid));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(v.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(v.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(v.bytes());
    }

    @PostMapping("/admin/payments/{pid}/confirm")
    String confirm(@PathVariable String pid, RedirectAttributes flash, Locale locale, Caller staff) {
        return decide(flash, locale, "payments.admin.confirmed",
                () -> transfers.confirm(PaymentId.parse(pid), staff.auditActor()));
    }

    @PostMapping("/admin/payments/{pid}/reject")
    String reject(@PathVariable String pid, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash,
            Locale locale, Caller staff) {
        return decide(flash, locale, "payments.admin.rejected",
                () -> transfers.reject(PaymentId.parse(pid), reason, staff.auditActor()));
    }

    private String decide(RedirectAttributes flash, Locale locale, String doneKey, Runnable decision) {
        try {
            decision.run();
            flash.addFlashAttribute("done", messages.getMessage(doneKey, null, locale));
        } catch (ProblemException e) {
            String detail = e.violations().isEmpty() ? messages.getMessage(e.messageKey(), e.args(), locale)
                    : messages.getMessage("payments.admin.reasonRequired", null, locale);
            flash.addFlashAttribute("error", detail);
        }
        return "redirect:/admin/payments";
    }
}
