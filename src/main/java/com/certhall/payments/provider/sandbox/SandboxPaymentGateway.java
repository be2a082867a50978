package com.certhall.payments.provider.sandbox;

import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.provider.GatewayException;
import com.certhall.payments.provider.PaymentGateway;
import com.certhall.shared.Money;
import com.certhall.shared.SimulatedLatency;
import com.certhall.shared.SiteProperties;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.certhall.payments.provider.ConditionalOnGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The merchant's side of the simulated provider: places orders in the {@link SandboxCashier} (taking as long as a
 * remote call), answers with the cashier URL the QR code must encode, closes and refunds, and verifies the
 * HMAC-SHA256 signature and merchant number of notifications.
 */
@Component
@Profile("sandbox")
@ConditionalOnGateway("sandbox")
class SandboxPaymentGateway implements PaymentGateway {

    private final SandboxCashier cashier;
    private final SandboxPaymentProperties properties;
    private final NotificationSignature signature;
    private final SiteProperties site;

    SandboxPaymentGateway(SandboxCashier cashier, SandboxPaymentProperties properties, SiteProperties site) {
        this.cashier = cashier;
        this.properties = properties;
        this.signature = new NotificationSignature(properties.secret());
        this.site = site;
    }

    @Override
    public String id() {
        return "sandbox";
    }

    @Override
    public Set<PaymentMethod> methods() {
        return Set.of(PaymentMethod.WECHAT_QR, PaymentMethod.ALIPAY_QR);
    }

    @Override
    public QrOrder createQrOrder(QrOrderRequest request) {
        pause();
        if (request.amount().fen() > properties.maxAmountFen()) {
            throw new GatewayException("TOTAL_FEE_EXCEED", "amount above the single-order limit", false);
        }
        cashier.open(request.paymentId().toString(), kind(request.method()), request.subject(),
                request.amount().fen(), request.expiresAt());
        return new QrOrder(site.link("/sandbox/cashier/" + request.paymentId()));
    }

    @Override
    public Closing close(PaymentId paymentId, PaymentMethod method) {
        pause();
        try {
            cashier.close(paymentId.toString(), false);
            return new Closing.Closed();
        } catch (GatewayException e) {
            if ("ORDERNOTEXIST".equals(e.code())) {
                return new Closing.Closed();
            }
            if (!"ORDERPAID".equals(e.code())) {
                throw e;
            }
        }
        // as with orderquery after ORDERPAID: the paid trade's transaction, so the merchant can apply or refund it
        pause();
        SandboxCashier.Trade paid = cashier.find(paymentId.toString()).orElseThrow(
                () -> new GatewayException("SYSTEMERROR", "the paid order vanished", true));
        return new Closing.Paid(paid.tradeNo(), Money.ofFen(paid.amountFen()));
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        pause();
        SandboxCashier.Refund refund = cashier.refund(request.paymentId().toString(), request.transactionId(),
                request.amount().fen(), request.reason());
        return new RefundReceipt(refund.refundNo(), refund.createdAt());
    }

    @Override
    public Optional<PaymentNotice> verify(PaymentMethod method, Notification notification) {
        Map<String, String> parameters = notification.parameters();
        if (!signature.verify(parameters) || !properties.merchantId().equals(parameters.get("mch_id"))) {
            return Optional.empty();
        }
        try {
            String status = parameters.get("trade_status");
            if (!"TRADE_SUCCESS".equals(status) && !"TRADE_CLOSED".equals(status)) {
                return Optional.empty();
            }
            return Optional.of(new PaymentNotice(PaymentId.parse(parameters.get("out_trade_no")),
                    require(parameters.get("trade_no")), Money.ofFen(Long.parseLong(parameters.get("total_fee"))),
                    "TRADE_SUCCESS".equals(status)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String require(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing");
        }
        return value;
    }

    private static String kind(PaymentMethod method) {
        return method.provider().orElseThrow(() -> new GatewayException("INVALID_REQUEST",
                method + " is not a QR payment", false));
    }

    private void pause() {
        SimulatedLatency.pause(properties.apiDelay(), e -> new GatewayException("SYSTEMERROR", "interrupted", true));
    }
}
