package com.certhall.verification.provider.http;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of an identity-verification service reached over HTTPS with HMAC-signed JSON requests
 * ({@code certhall.verification.provider=http}).
 *
 * @param baseUrl         the service's API root ({@code .../telecom/three-factor} etc. are below it)
 * @param accessKeyId     the account key id sent with every request
 * @param accessKeySecret the shared secret that signs requests (never logged)
 * @param timeout         connect and read timeout
 */
@ConfigurationProperties("certhall.verification.http")
public record HttpVerificationProperties(URI baseUrl, String accessKeyId, String accessKeySecret, Duration timeout) {

    public HttpVerificationProperties {
        timeout = timeout == null ? Duration.ofSeconds(8) : timeout;
    }

    @Override
    public String toString() {
        return "HttpVerificationProperties[baseUrl=" + baseUrl + ", accessKeyId=" + accessKeyId + "]";
    }
}
