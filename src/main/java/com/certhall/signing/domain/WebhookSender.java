package com.certhall.signing.domain;

import java.util.Map;

/** Sends one webhook call to a partner's URL (docs/signing.md, "Webhooks"); the adapter speaks HTTP. */
public interface WebhookSender {

    /**
     * POSTs the JSON body with the headers.
     *
     * @return the HTTP status the partner answered
     * @throws RuntimeException when the partner could not be reached (counted as a failed attempt)
     */
    int post(String url, Map<String, String> headers, String body);
}
