package com.certhall.payments.provider;

import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A provider counted for the operators' dashboards (docs/deployment.md, "Metrics"): every refusal or silence of the
 * provider ({@link GatewayException}) adds one to {@code certhall.providers.errors} with the provider, the call and
 * the provider's own error code. The calls themselves are the wrapped adapter's.
 */
final class MeteredPaymentGateway implements PaymentGateway {

    static final String METER = "certhall.providers.errors";

    private final PaymentGateway gateway;
    private final MeterRegistry meters;

    MeteredPaymentGateway(PaymentGateway gateway, MeterRegistry meters) {
        this.gateway = gateway;
        this.meters = meters;
    }

    @Override
    public String id() {
        return gateway.id();
    }

    @Override
    public Set<PaymentMethod> methods() {
        return gateway.methods();
    }

    @Override
    public QrOrder createQrOrder(QrOrderRequest request) {
        return counted("createQrOrder", () -> gateway.createQrOrder(request));
    }

    @Override
    public Closing close(PaymentId paymentId, PaymentMethod method) {
        return counted("close", () -> gateway.close(paymentId, method));
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        return counted("refund", () -> gateway.refund(request));
    }

    @Override
    public Optional<PaymentNotice> verify(PaymentMethod method, Notification notification) {
        return counted("verify", () -> gateway.verify(method, notification));
    }

    private <T> T counted(String call, Supplier<T> work) {
        try {
            return work.get();
        } catch (GatewayException e) {
            meters.counter(METER, "kind", "payment", "provider", gateway.id(), "call", call, "code", e.code())
                    .increment();
            throw e;
        }
    }
}
