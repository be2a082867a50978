package com.certhall.payments.web;

import com.certhall.payments.BankTransfers;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentView;
import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.web.QrImages;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's payment page: the QR with amount and countdown, or the bank-transfer instructions with the
 * voucher upload; an htmx-polled status that turns into "支付成功" without a reload.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class PaymentPages {

    private final PaymentManagement payments;
    private final BankTransfers transfers;
    private final MessageSource messages;

    PaymentPages(PaymentManagement payments, BankTransfers transfers, MessageSource messages) {
        this.payments = payments;
        this.transfers = transfers;
        this.messages = messages;
    }

    @GetMapping("/payments/{pid}")
    String page(@PathVariable String pid, Model model, Caller caller) {
        return show(payments.getOwned(PaymentId.parse(pid), caller.applicantId()), model, "payments/payment");
    }

    @GetMapping("/payments/{pid}/status")
    String status(@PathVariable String pid, Model model, Caller caller) {
        return show(payments.getOwned(PaymentId.parse(pid), caller.applicantId()), model,
                "payments/fragments :: status");
    }

    @PostMapping("/payments/{pid}/voucher")
    String voucher(@PathVariable String pid, @RequestParam("file") MultipartFile file, Model model, Locale locale,
            Caller caller) throws IOException {
        PaymentId id = PaymentId.parse(pid);
        try (InputStream in = file.getInputStream()) {
            transfers.submitVoucher(id, caller.applicantId(), file.getOriginalFilename(), in, caller.auditActor());
        } catch (ProblemException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.getMessage(), locale));
            return show(payments.getOwned(id, caller.applicantId()), model, "payments/payment");
        }
        return "redirect:/payments/" + id;
    }

    private String show(PaymentView payment, Model model, String view) {
        model.addAttribute("payment", payment);
        model.addAttribute("bank", payment.method() == PaymentMethod.BANK_TRANSFER
                ? payments.bankInstructions(payment) : null);
        model.addAttribute("qrImage", payment.qrContent() == null ? null
                : QrImages.pngDataUri(payment.qrContent(), 240));
        return view;
    }
}
