package com.certhall.notifications.provider;

import com.certhall.notifications.SmsDeliveryException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The HTTP client of one SMS provider, the same way for every provider: connects within the provider's timeout and
 * reads the answer as UTF-8 text, whatever its status; a network failure or an interruption is a
 * {@link SmsDeliveryException} that may succeed later.
 */
public final class SmsHttp {

    private final HttpClient client;

    public SmsHttp(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw networkFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("INTERRUPTED", "sending was interrupted", true);
        }
    }

    /** A failure on the way to or from the provider: it may succeed later. */
    public static SmsDeliveryException networkFailure(IOException e) {
        return new SmsDeliveryException("NETWORK", e.getClass().getSimpleName(), true);
    }
}
