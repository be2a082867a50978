package com.certhall.payments.provider;

import com.certhall.payments.PaymentId;
import java.util.UUID;

/**
 * The merchant order number a vendor provider knows a payment by: the payment id as 32 hex digits, which fits both
 * WeChat Pay ({@code out_trade_no}, 6–32 letters and digits) and Alipay (up to 64 letters, digits, underscores).
 */
public final class MerchantOrderNumber {

    private MerchantOrderNumber() {
    }

    public static String of(PaymentId id) {
        return id.id().toString().replace("-", "");
    }

    /** @throws IllegalArgumentException when it is not one of ours */
    public static PaymentId parse(String number) {
        if (number == null || !number.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a payment number");
        }
        return new PaymentId(UUID.fromString(number.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")));
    }
}
