package com.certhall.notifications.provider;

import com.certhall.notifications.SmsDeliveryException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One request to an SMS provider's HTTP API, the same way for every provider: the answer as UTF-8 text, whatever its
 * status; a network failure or an interruption is a {@link SmsDeliveryException} that may succeed later.
 */
public final class SmsHttp {

    private SmsHttp() {
    }

    public static HttpResponse<String> exchange(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsDeliveryException("NETWORK", e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("INTERRUPTED", "sending was interrupted", true);
        }
    }
}
