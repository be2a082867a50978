package com.certhall.payments.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A provider's refusals are counted per provider, call and code; what the caller sees does not change. */
class MeteredPaymentGatewayTests {

    @Test
    void aRefusalIsCountedAndStillReachesTheCaller() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PaymentGateways gateways = new PaymentGateways(List.of(new Refusing()),
                new MockEnvironment().withProperty("certhall.payments.gateway", "wechat"), meters);

        PaymentGateway gateway = gateways.require(PaymentMethod.WECHAT_QR);
        assertThatThrownBy(() -> gateway.close(PaymentId.random(), PaymentMethod.WECHAT_QR))
                .isInstanceOf(GatewayException.class).hasMessageContaining("SYSTEMERROR");
        assertThatThrownBy(() -> gateway.close(PaymentId.random(), PaymentMethod.WECHAT_QR))
                .isInstanceOf(GatewayException.class);

        assertThat(meters.counter(MeteredPaymentGateway.METER, "kind", "payment", "provider", "wechat", "call",
                "close", "code", "SYSTEMERROR").count()).isEqualTo(2.0);
        assertThat(gateway.id()).isEqualTo("wechat");
        assertThat(gateway.methods()).containsExactly(PaymentMethod.WECHAT_QR);
    }

    /** A provider that answers every close with its system error. */
    private record Refusing() implements PaymentGateway {

        @Override
        public String id() {
            return "wechat";
        }

        @Override
        public Set<PaymentMethod> methods() {
            return Set.of(PaymentMethod.WECHAT_QR);
        }

        @Override
        public QrOrder createQrOrder(QrOrderRequest request) {
            throw new UnsupportedOperationException("not called");
        }

        @Override
        public Closing close(PaymentId paymentId, PaymentMethod method) {
            throw new GatewayException("SYSTEMERROR", "系统错误", true);
        }

        @Override
        public RefundReceipt refund(RefundRequest request) {
            throw new UnsupportedOperationException("not called");
        }

        @Override
        public Optional<PaymentNotice> verify(PaymentMethod method, Notification notification) {
            throw new UnsupportedOperationException("not called");
        }
    }
}
