package com.certhall.payments.rest;

import com.certhall.payments.BankTransfers;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentView;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finance's payment API: vouchers waiting for a decision, and the decision (confirm, or reject with a reason);
 * refunds pending and done, and starting one.
 */
@RestController
@PreAuthorize("hasRole('FINANCE')")
class PaymentAdminApi {

    /** {@code decision}: {@code CONFIRM} or {@code REJECT}; a rejection needs a {@code reason}. */
    record Confirmation(@Nullable String decision, @Nullable String reason) {
    }

    /** Why the money goes back (required, at most 500 characters). */
    record RefundRequest(@Nullable String reason) {
    }

    /** How many refunds the list shows. */
    static final int FINANCE_LIST = 100;

    private final BankTransfers transfers;
    private final PaymentManagement payments;

    PaymentAdminApi(BankTransfers transfers, PaymentManagement payments) {
        this.transfers = transfers;
        this.payments = payments;
    }

    @GetMapping("/api/v1/admin/payments")
    @Operation(summary = "Bank transfers whose voucher waits for finance's decision (FINANCE)")
    List<PaymentResponse> awaiting() {
        return transfers.awaitingConfirmation().stream()
                .map(p -> PaymentResponse.of(p, payments.bankInstructions(p))).toList();
    }

    @PostMapping("/api/v1/admin/payments/{pid}/confirmation")
    @Operation(summary = "Confirms a bank transfer, or rejects its voucher with a reason (FINANCE)")
    PaymentResponse decide(@PathVariable String pid, @RequestBody Confirmation body, Caller staff) {
        String decision = body.decision() == null ? "" : body.decision().strip();
        PaymentView p = switch (decision) {
            case "CONFIRM" -> transfers.confirm(PaymentApi.paymentId(pid), staff.auditActor());
            case "REJECT" -> transfers.reject(PaymentApi.paymentId(pid), body.reason() == null ? "" : body.reason(),
                    staff.auditActor());
            default -> throw InvalidInputException.of("decision", "oneOf", "payments.validation.decision",
                    "decision");
        };
        return PaymentResponse.of(p, payments.bankInstructions(p));
    }

    @GetMapping("/api/v1/admin/refunds")
    @Operation(summary = "Refunds pending and done, most recent first (FINANCE)")
    List<PaymentResponse> refunds() {
        return payments.refunds(FINANCE_LIST).stream().map(p -> PaymentResponse.of(p, null)).toList();
    }

    @PostMapping("/api/v1/admin/payments/{pid}/refund")
    @Operation(summary = "Gives a payment's money back through the provider, or retries a pending refund; only for "
            + "a cancelled order or one paid twice (FINANCE)")
    PaymentResponse refund(@PathVariable String pid, @RequestBody RefundRequest body, Caller staff) {
        return PaymentResponse.of(payments.startRefund(PaymentApi.paymentId(pid),
                body.reason() == null ? "" : body.reason(), staff.auditActor()), null);
    }
}
