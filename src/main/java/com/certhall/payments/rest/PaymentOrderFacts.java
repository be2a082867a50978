package com.certhall.payments.rest;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderFacts;
import com.certhall.payments.PaymentManagement;
import com.certhall.payments.PaymentView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The order's newest payment, as the order's JSON shows it ({@code payment}). */
@Component
class PaymentOrderFacts implements OrderFacts {

    private final PaymentManagement payments;

    PaymentOrderFacts(PaymentManagement payments) {
        this.payments = payments;
    }

    @Override
    public String field() {
        return "payment";
    }

    @Override
    public @Nullable Object of(OrderId order) {
        List<PaymentView> all = payments.ofOrder(order);
        if (all.isEmpty()) {
            return null;
        }
        PaymentView p = all.get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paymentId", p.id().toString());
        m.put("method", p.method());
        m.put("status", p.status());
        m.put("amountFen", p.amount().fen());
        m.put("paidAt", p.paidAt());
        return m;
    }
}
