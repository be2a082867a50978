package com.certhall.payments.provider.alipay;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The merchant's Alipay OpenAPI application ({@code certhall.payments.gateway} lists {@code alipay}); docs/deployment.md
 * "Alipay". Keys are PEM text from the environment or a file, never written into a configuration file.
 *
 * @param gatewayUrl          the OpenAPI gateway ({@code .../gateway.do})
 * @param appId               the application id ({@code app_id})
 * @param privateKey          the application private key (RSA2), PKCS#8 PEM
 * @param privateKeyFile      or a file holding it
 * @param alipayPublicKey     Alipay's public key, X.509 SubjectPublicKeyInfo PEM
 * @param alipayPublicKeyFile or a file holding it
 * @param notifyUrl           where notifications go; by default {@code <base-url>/api/v1/payments/callbacks/alipay}
 * @param timeout             connect and read timeout
 */
@ConfigurationProperties("certhall.payments.alipay")
public record AlipayProperties(@Nullable URI gatewayUrl, @Nullable String appId, @Nullable String privateKey,
        @Nullable String privateKeyFile, @Nullable String alipayPublicKey, @Nullable String alipayPublicKeyFile,
        @Nullable String notifyUrl, @Nullable Duration timeout) {

    public AlipayProperties {
        gatewayUrl = gatewayUrl == null ? URI.create("https://openapi.alipay.com/gateway.do") : gatewayUrl;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    @Override
    public String toString() {
        return "AlipayProperties[gatewayUrl=" + gatewayUrl + ", appId=" + appId + "]";
    }
}
