package com.certhall.payments.provider;

import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import com.certhall.shared.Money;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A QR payment provider (WeChat Pay and Alipay kinds). Calls go to the outside world: never call them inside a
 * business transaction. Implementations: {@code sandbox} (a simulated provider with a cashier page, both kinds),
 * {@code wechat} (WeChat Pay API v3, Native payment); {@code certhall.payments.gateway} lists the ones in use and
 * {@link PaymentGateways} picks one per method.
 */
public interface PaymentGateway {

    /** The id {@code certhall.payments.gateway} names this adapter by ({@code sandbox}, {@code wechat}, ...). */
    String id();

    /** The QR methods this provider takes. */
    Set<PaymentMethod> methods();

    /**
     * Places a QR order at the provider. Repeating it for the same payment id with the same amount returns the same
     * QR content, as the providers do for an unpaid order.
     *
     * @throws GatewayException when the provider refuses or does not answer
     */
    QrOrder createQrOrder(QrOrderRequest request);

    /**
     * Closes an unpaid order so it can no longer be paid (expiry, replaced by another payment, order cancelled).
     * Closing an order that is already closed succeeds again. The provider refuses to close a paid order (WeChat Pay
     * {@code ORDERPAID}, Alipay {@code ACQ.TRADE_STATUS_ERROR}); the adapter then queries the order and answers
     * {@link Closing.Paid} with the provider's transaction, so the caller acts on the payment instead of dropping it.
     *
     * @throws GatewayException when the provider does not answer or refuses for another reason
     */
    Closing close(PaymentId paymentId, PaymentMethod method);

    /** How the provider left an order it was asked to close. */
    sealed interface Closing {

        /** Closed (or never placed): nobody can pay it any more. */
        record Closed() implements Closing {
        }

        /** Already paid: the provider's transaction and the amount it captured. */
        record Paid(String transactionId, Money amount) implements Closing {
        }
    }

    /** Refunds a paid order in full; repeating the same request returns the same refund. */
    RefundReceipt refund(RefundRequest request);

    /**
     * Checks the signature of a provider notification and reads it. Empty when the signature does not verify (a
     * forged, altered or replayed notification) or required fields are missing.
     */
    Optional<PaymentNotice> verify(PaymentMethod method, Notification notification);

    /**
     * A notification as it arrived: form fields (Alipay, the sandbox), or headers and the raw body (WeChat Pay v3
     * signs the exact bytes). Header names are lower case.
     */
    record Notification(Map<String, String> parameters, Map<String, String> headers, String body) {

        public Notification {
            parameters = Map.copyOf(parameters);
            headers = Map.copyOf(headers);
        }

        public static Notification ofForm(Map<String, String> parameters) {
            return new Notification(parameters, Map.of(), "");
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A QR order: {@code subject} is what the payer sees (the order number), {@code expiresAt} its time limit. */
    record QrOrderRequest(PaymentId paymentId, PaymentMethod method, Money amount, String subject, Instant expiresAt) {
    }

    /** @param qrContent what the QR code must encode: the provider's cashier URL for this order */
    record QrOrder(String qrContent) {
    }

    record RefundRequest(PaymentId paymentId, PaymentMethod method, String transactionId, Money amount,
            String reason) {
    }

    record RefundReceipt(String refundId, Instant refundedAt) {
    }

    /** A verified notification: the provider says {@code paymentId} was paid with {@code amount} in its transaction. */
    record PaymentNotice(PaymentId paymentId, String transactionId, Money amount, boolean success) {
    }
}
