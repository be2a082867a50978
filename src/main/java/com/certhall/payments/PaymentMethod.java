package com.certhall.payments;

import java.util.Locale;
import java.util.Optional;

/** How an order is paid: scanning a WeChat Pay or Alipay QR code, or a bank transfer proven by a voucher. */
public enum PaymentMethod {
    WECHAT_QR("wechat"), ALIPAY_QR("alipay"), BANK_TRANSFER(null);

    private final String provider;

    PaymentMethod(String provider) {
        this.provider = provider;
    }

    public boolean isQr() {
        return provider != null;
    }

    /** The provider name used in callback paths ({@code /callbacks/wechat}); empty for bank transfer. */
    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    public static Optional<PaymentMethod> ofProvider(String provider) {
        String wanted = provider.toLowerCase(Locale.ROOT);
        for (PaymentMethod m : values()) {
            if (wanted.equals(m.provider)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
