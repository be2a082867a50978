package com.certhall.payments.rest;

import com.certhall.orders.OrderId;
import com.certhall.payments.BankTransfers;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentView;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Money;
import com.certhall.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The applicant's payment API: start a payment of an order, follow it, upload a bank-transfer voucher. */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class PaymentApi {

    /** {@code amountFen} is optional: the order's total is charged; a different expectation is refused. */
    record StartPayment(@Nullable String method, @Nullable Long amountFen) {
    }

    private final PaymentManagement payments;
    private final BankTransfers transfers;

    PaymentApi(PaymentManagement payments, BankTransfers transfers) {
        this.payments = payments;
        this.transfers = transfers;
    }

    @PostMapping("/api/v1/orders/{id}/payments")
    @Operation(summary = "Starts paying the order's total by WeChat or Alipay QR code, or by bank transfer")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentResponse start(@PathVariable String id, @RequestBody StartPayment body, Caller caller) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PaymentMethod method = errors.check(() -> method(body.method()));
        Money amount = body.amountFen() == null ? null : errors.check(() -> amount(body.amountFen()));
        errors.throwIfAny();
        PaymentView p = payments.start(OrderId.fromPath(id), caller.applicantId(), method, amount, caller.auditActor());
        return response(p);
    }

    @GetMapping("/api/v1/payments/{pid}")
    @Operation(summary = "One of the applicant's payments, with its QR code or bank instructions")
    PaymentResponse get(@PathVariable String pid, Caller caller) {
        return response(payments.getOwned(paymentId(pid), caller.applicantId()));
    }

    @PostMapping(path = "/api/v1/payments/{pid}/vouchers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Uploads the voucher of a bank transfer; allowed again until finance confirms")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentResponse voucher(@PathVariable String pid, @RequestPart("file") MultipartFile file, Caller caller)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return response(transfers.submitVoucher(paymentId(pid), caller.applicantId(), file.getOriginalFilename(),
                    in, caller.auditActor()));
        }
    }

    private PaymentResponse response(PaymentView p) {
        return PaymentResponse.of(p, p.method() == PaymentMethod.BANK_TRANSFER ? payments.bankInstructions(p) : null);
    }

    static PaymentMethod method(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("method", "required", "validation.required", "method");
        }
        try {
            return PaymentMethod.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("method", "oneOf", "payments.validation.method", "method",
                    Arrays.toString(PaymentMethod.values()));
        }
    }

    static Money amount(long fen) {
        if (fen <= 0) {
            throw InvalidInputException.of("amountFen", "positive", "payments.validation.amount", "amountFen");
        }
        return Money.ofFen(fen);
    }

    static PaymentId paymentId(String raw) {
        try {
            return PaymentId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("payment", raw);
        }
    }
}
