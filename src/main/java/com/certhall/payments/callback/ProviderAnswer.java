package com.certhall.payments.callback;

import com.certhall.payments.PaymentMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answers each provider requires of the merchant's notify endpoint: WeChat Pay a JSON {@code code} of
 * {@code SUCCESS} (otherwise {@code FAIL} with a 4xx/5xx status), Alipay the plain text {@code success} (anything
 * else counts as failure).
 */
enum ProviderAnswer {
    WECHAT, ALIPAY;

    static ProviderAnswer of(PaymentMethod method) {
        return method == PaymentMethod.ALIPAY_QR ? ALIPAY : WECHAT;
    }

    ResponseEntity<String> acknowledge() {
        return this == ALIPAY
                ? ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success")
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"code\":\"SUCCESS\",\"message\":\"OK\"}");
    }

    ResponseEntity<String> refuse(HttpStatus status, String reason) {
        return this == ALIPAY
                ? ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body("failure")
                : ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"code\":\"FAIL\",\"message\":\"" + reason + "\"}");
    }
}
