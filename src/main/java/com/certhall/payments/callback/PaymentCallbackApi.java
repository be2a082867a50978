package com.certhall.payments.callback;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.ProviderConfirmations.Outcome;
import com.certhall.payments.ProviderConfirmations;
import com.certhall.payments.provider.PaymentGateway.PaymentNotice;
import com.certhall.payments.provider.PaymentGateway;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/payments/callbacks/{provider}}: the provider's payment notification (public, no login). The
 * signature is verified first (a forged or altered notification is refused and audited), then the report is
 * applied through {@link ProviderConfirmations}, which is idempotent on the provider's transaction id. The answer
 * is exactly what the provider expects, so it stops (acknowledged) or keeps (refused, busy) notifying.
 */
@RestController
class PaymentCallbackApi {

    private final PaymentGateway gateway;
    private final ProviderConfirmations confirmations;
    private final AuditTrail audit;

    PaymentCallbackApi(PaymentGateway gateway, ProviderConfirmations confirmations, AuditTrail audit) {
        this.gateway = gateway;
        this.confirmations = confirmations;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/payments/callbacks/{provider}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "A payment provider's signed notification; answered in the provider's own format")
    ResponseEntity<String> notify(@PathVariable String provider, @RequestParam Map<String, String> parameters,
            HttpServletRequest request) {
        Optional<PaymentMethod> method = PaymentMethod.ofProvider(provider);
        if (method.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ProviderAnswer answer = ProviderAnswer.of(method.get());
        Optional<PaymentNotice> notice = gateway.verify(method.get(), parameters);
        if (notice.isEmpty()) {
            audit.recordNow(AuditRecord.of("payments.callback.forged", "provider:" + provider,
                    "payment:" + String.valueOf(parameters.getOrDefault("out_trade_no", "")))
                    .with("remote", request.getRemoteAddr())
                    .with("transaction", parameters.get("trade_no")));
            return answer.refuse(HttpStatus.UNAUTHORIZED, "SIGN_ERROR");
        }
        PaymentNotice n = notice.get();
        try {
            Outcome outcome = n.success()
                    ? confirmations.confirm(method.get(), n.paymentId(), n.transactionId(), n.amount())
                    : confirmations.closed(method.get(), n.paymentId(), n.transactionId());
            return outcome.acknowledged() ? answer.acknowledge() : answer.refuse(HttpStatus.BAD_REQUEST, "REFUSED");
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // the same notification is being applied by a concurrent request: let the provider send it again
            return answer.refuse(HttpStatus.SERVICE_UNAVAILABLE, "BUSY");
        }
    }
}
