package com.certhall.payments.provider.wechat;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The merchant's WeChat Pay API v3 account ({@code certhall.payments.gateway} lists {@code wechat}); docs/deployment.md
 * "WeChat Pay". Keys are PEM text, given through the environment or read from a file beside the CA keys, never
 * written into a configuration file.
 *
 * @param apiBase                the API root (the provider's production host unless a test points elsewhere)
 * @param appId                  the app id the merchant is bound to ({@code appid})
 * @param merchantId             the merchant number ({@code mchid})
 * @param merchantSerialNumber   serial number of the merchant API certificate whose key signs requests
 * @param privateKey             the merchant API private key, PKCS#8 PEM
 * @param privateKeyFile         or a file holding it
 * @param apiV3Key               the 32-character APIv3 key that encrypts notification resources
 * @param platformPublicKey      the WeChat Pay public key (or platform certificate key), X.509 SubjectPublicKeyInfo PEM
 * @param platformPublicKeyFile  or a file holding it
 * @param platformPublicKeyId    its id, which the provider sends as {@code Wechatpay-Serial}
 * @param notifyUrl              where notifications go; by default {@code <base-url>/api/v1/payments/callbacks/wechat}
 * @param timeout                connect and read timeout
 * @param clockSkew              how old (or early) a signed answer or notification may be; older ones are replays
 */
@ConfigurationProperties("certhall.payments.wechat")
public record WechatPayProperties(@Nullable URI apiBase, @Nullable String appId, @Nullable String merchantId,
        @Nullable String merchantSerialNumber, @Nullable String privateKey, @Nullable String privateKeyFile,
        @Nullable String apiV3Key, @Nullable String platformPublicKey, @Nullable String platformPublicKeyFile,
        @Nullable String platformPublicKeyId, @Nullable String notifyUrl, @Nullable Duration timeout,
        @Nullable Duration clockSkew) {

    public WechatPayProperties {
        apiBase = apiBase == null ? URI.create("https://api.mch.weixin.qq.com") : apiBase;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
    }

    @Override
    public String toString() {
        return "WechatPayProperties[apiBase=" + apiBase + ", appId=" + appId + ", merchantId=" + merchantId
                + ", merchantSerialNumber=" + merchantSerialNumber + ", platformPublicKeyId=" + platformPublicKeyId + "]";
    }
}
