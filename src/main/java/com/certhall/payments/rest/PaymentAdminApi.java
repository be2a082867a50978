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

/** Finance's payment API: vouchers waiting for a decision, and the decision (confirm, or reject with a reason). */
@RestController
@PreAuthorize("hasRole('FINANCE')")
class PaymentAdminApi {

    /** {@code decision}: {@code CONFIRM} or {@code REJECT}; a rejection needs a {@code reason}. */
    record Confirmation(@Nullable String decision, @Nullable String reason) {
    }

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
}
