package com.certhall.payments.web;

import com.certhall.documents.DocumentContent;
import com.certhall.payments.BankTransfers;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.domain.PaymentOffers;
import com.certhall.shared.Caller;
import com.certhall.web.PageErrors;
import java.util.Locale;
import java.util.stream.Collectors;
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
 * FINANCE's page: bank-transfer vouchers to check (view the voucher, confirm the money arrived, or reject), the
 * latest payments received by any method, for reconciliation, with a refund button each, and the refunds pending
 * and done (a pending one can be retried); above them a warning for every channel listing a QR method that no
 * configured provider takes (its orders are offered bank transfer).
 */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class FinancePages {

    /** How many received payments the page lists. */
    static final int RECEIVED_SHOWN = 50;

    private final BankTransfers transfers;
    private final PaymentManagement payments;
    private final PaymentOffers offers;
    private final MessageSource messages;
    private final PageErrors errors;

    FinancePages(BankTransfers transfers, PaymentManagement payments, PaymentOffers offers, MessageSource messages,
            PageErrors errors) {
        this.transfers = transfers;
        this.offers = offers;
        this.payments = payments;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/admin/payments")
    String list(Model model, Locale locale) {
        model.addAttribute("payments", transfers.awaitingConfirmation());
        model.addAttribute("received", payments.latestReceived(RECEIVED_SHOWN));
        model.addAttribute("refunds", payments.refunds(RECEIVED_SHOWN));
        model.addAttribute("unserved", offers.unserved().stream().map(u -> messages.getMessage(
                "payments.admin.unserved", new Object[] {u.channelName() + " (" + u.channelCode() + ")",
                        u.methods().stream().map(m -> messages.getMessage("payments.method." + m, null, locale))
                                .collect(Collectors.joining("、"))}, locale)).toList());
        return "payments/admin";
    }

    @GetMapping("/admin/payments/{pid}/voucher")
    ResponseEntity<byte[]> voucher(@PathVariable String pid) {
        DocumentContent v = transfers.voucher(PaymentId.parse(pid));
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

    @PostMapping("/admin/payments/{pid}/refund")
    String refund(@PathVariable String pid, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash,
            Locale locale, Caller staff) {
        return decide(flash, locale, "payments.admin.refund.started",
                () -> payments.startRefund(PaymentId.parse(pid), reason, staff.auditActor()));
    }

    private String decide(RedirectAttributes flash, Locale locale, String doneKey, Runnable decision) {
        return errors.decide(flash, locale, "payments", doneKey, "/admin/payments", decision);
    }
}
