package com.certhall.signing.webhooks;

import com.certhall.signing.domain.WebhookSender;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Webhook calls over HTTP with short timeouts: a slow partner costs an attempt, not the worker (docs/signing.md). */
@Component
class HttpWebhookSender implements WebhookSender {

    private final RestClient http;

    HttpWebhookSender() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(5));
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    @Override
    public int post(String url, Map<String, String> headers, String body) {
        return http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> headers.forEach(h::set)).body(body)
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
