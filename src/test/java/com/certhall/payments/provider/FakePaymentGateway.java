package com.certhall.payments.provider;

import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentMethod;
import java.util.Optional;
import java.util.Set;

/** A provider that takes one method and is never called: for tests of which provider serves what. */
public record FakePaymentGateway(String id, PaymentMethod method) implements PaymentGateway {

    @Override
    public Set<PaymentMethod> methods() {
        return Set.of(method);
    }

    @Override
    public QrOrder createQrOrder(QrOrderRequest request) {
        throw new UnsupportedOperationException("not called in these tests");
    }

    @Override
    public Closing close(PaymentId paymentId, PaymentMethod method) {
        throw new UnsupportedOperationException("not called in these tests");
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        throw new UnsupportedOperationException("not called in these tests");
    }

    @Override
    public Optional<PaymentNotice> verify(PaymentMethod method, Notification notification) {
        return Optional.empty();
    }
}
