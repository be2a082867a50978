package com.certhall.payments;

import java.util.UUID;

/** Identity of a payment; also the merchant order number ({@code out_trade_no}) the provider knows it by. */
public record PaymentId(UUID id) {

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    public static PaymentId parse(String raw) {
        return new PaymentId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
