package com.certhall.notifications.provider.http;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of an SMS provider reached over HTTPS with HMAC-signed JSON requests
 * ({@code certhall.notifications.sms.provider=http}).
 *
 * @param endpoint        the provider's send URL
 * @param accessKeyId     the account key id sent with every request
 * @param accessKeySecret the shared secret that signs requests (never logged)
 * @param signName        the registered SMS signature (短信签名)
 * @param timeout         connect and read timeout
 */
@ConfigurationProperties("certhall.notifications.sms.http")
public record HttpSmsProperties(URI endpoint, String accessKeyId, String accessKeySecret, String signName,
        Duration timeout) {

    public HttpSmsProperties {
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    @Override
    public String toString() {
        return "HttpSmsProperties[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId + ", signName=" + signName
                + "]";
    }
}
