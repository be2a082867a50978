package com.certhall.catalog.provider.http;

import com.certhall.catalog.provider.PrerequisiteCheck;
import com.certhall.catalog.provider.RegistryUnavailableException;
import com.certhall.shared.Uscc;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks a partner registry over HTTP: {@code GET {baseUrl}/registrations/{registry}/{uscc}} answers 200 when the
 * organisation is registered and 404 when it is not; anything else (5xx, timeouts, refused connections) means the
 * registry is unavailable, which the caller reports as "try again later" rather than a pass.
 */
@Component
@ConditionalOnProperty(name = "certhall.catalog.prerequisite.provider", havingValue = "http")
@EnableConfigurationProperties(HttpRegistryProperties.class)
class HttpRegistryPrerequisiteCheck implements PrerequisiteCheck {

    private final RestClient http;

    HttpRegistryPrerequisiteCheck(HttpRegistryProperties properties) {
        Objects.requireNonNull(properties.baseUrl(), "certhall.catalog.prerequisite.http.base-url must be set");
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        RestClient.Builder builder = RestClient.builder().baseUrl(properties.baseUrl().toString())
                .requestFactory(requests);
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            builder.defaultHeader("X-Api-Key", properties.apiKey());
        }
        this.http = builder.build();
    }

    @Override
    public boolean isRegistered(String registry, Uscc uscc) {
        try {
            HttpStatusCode status = http.get().uri("/registrations/{registry}/{uscc}", registry, uscc.value())
                    .exchange((request, response) -> response.getStatusCode());
            if (status.value() == 200) {
                return true;
            }
            if (status.value() == 404) {
                return false;
            }
            throw new RegistryUnavailableException("registry " + registry + " answered " + status.value());
        } catch (RestClientException e) {
            throw new RegistryUnavailableException("registry " + registry + " did not answer", e);
        }
    }
}
