package com.certhall.catalog.provider.http;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the partner registry's lookup API lives and how long to wait for it.
 *
 * @param baseUrl  e.g. {@code https://registry.partner.example/api}; lookups go to
 *                 {@code {baseUrl}/registrations/{registry}/{uscc}}
 * @param apiKey   sent as {@code X-Api-Key} when set
 * @param timeout  connect and read timeout; a slower answer counts as "registry unavailable"
 */
@ConfigurationProperties("certhall.catalog.prerequisite.http")
public record HttpRegistryProperties(@Nullable URI baseUrl, @Nullable String apiKey, @Nullable Duration timeout) {

    public HttpRegistryProperties {
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
