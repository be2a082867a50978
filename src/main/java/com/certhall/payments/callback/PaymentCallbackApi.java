package com.certhall.payments.callback;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.ProviderConfirmations.Outcome;
import com.certhall.payments.ProviderConfirmations;
import com.certhall.payments.provider.PaymentGateway.PaymentNotice;
import com.certhall.payments.provider.PaymentGateway;
import com.certhall.payments.provider.PaymentGateway.Notification;
import com.certhall.payments.provider.PaymentGateways;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private final PaymentGateways gateways;
    private final ProviderConfirmations confirmations;
    private final AuditTrail audit;

    PaymentCallbackApi(PaymentGateways gateways, ProviderConfirmations confirmations, AuditTrail audit) {
        this.gateways = gateways;
        this.confirmations = confirmations;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/payments/callbacks/{provider}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "A payment provider's signed notification; answered in the provider's own format")
    ResponseEntity<String> notify(@PathVariable String provider, @RequestParam Map<String, String> parameters,
            HttpServletRequest request) {
        return handle(provider, Notification.ofForm(parameters), request);
    }

    /** WeChat Pay API v3 posts JSON and signs the exact body with its platform key (headers {@code Wechatpay-*}). */
    @PostMapping(path = "/api/v1/payments/callbacks/{provider}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A payment provider's signed JSON notification (WeChat Pay API v3); answered in its format")
    ResponseEntity<String> notifyJson(@PathVariable String provider, @RequestBody byte[] body,
            @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return handle(provider, new Notification(Map.of(), lower, new String(body, StandardCharsets.UTF_8)), request);
    }

    private ResponseEntity<String> handle(String provider, Notification notification, HttpServletRequest request) {
        Optional<PaymentMethod> method = PaymentMethod.ofProvider(provider);
        Optional<PaymentGateway> gateway = method.flatMap(gateways::of);
        if (gateway.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ProviderAnswer answer = ProviderAnswer.of(method.get());
        Optional<PaymentNotice> notice = gateway.get().verify(method.get(), notification);
        if (notice.isEmpty()) {
            Map<String, String> parameters = notification.parameters();
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
