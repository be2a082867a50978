package com.certhall.notifications;

import java.util.List;
import java.util.Locale;

/**
 * Sends a rendered notification once per dedupe key: a listener that runs again (redelivery after a restart or a
 * retry) finds the earlier delivery and sends nothing twice. A retryable provider failure is rethrown so the event
 * publication stays incomplete and is resubmitted later.
 */
public interface Notifier {

    /**
     * The notifier for messages about an order of {@code channel}: templates the channel worded its own way replace
     * the defaults.
     */
    Notifier forChannel(String channel);

    void sms(String dedupeKey, String mobile, String template, Locale locale, Object... args);

    void email(String dedupeKey, String address, String template, Locale locale, Object... args);

    /** An e-mail carrying files (an invoice's PDF); sent once per dedupe key like any other. */
    void emailWithAttachments(String dedupeKey, String address, String template, Locale locale,
            List<Attachment> attachments, Object... args);

    /** A file attached to an e-mail. */
    record Attachment(String name, String contentType, byte[] content) {
    }
}
