package com.certhall.notifications;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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

    /**
     * One message by SMS and, when there is an address, by e-mail too: dedupe keys {@code <key>:sms} and
     * {@code <key>:email}.
     */
    default void smsAndEmail(String key, String mobile, @Nullable String address, String template, Locale locale,
            Object... args) {
        sms(key + ":sms", mobile, template, locale, args);
        if (address != null && !address.isBlank()) {
            email(key + ":email", address, template, locale, args);
        }
    }

    /** An e-mail carrying files (an invoice's PDF); sent once per dedupe key like any other. */
    void emailWithAttachments(String dedupeKey, String address, String template, Locale locale,
            List<Attachment> attachments, Object... args);

    /** A file attached to an e-mail. */
    record Attachment(String name, String contentType, byte[] content) {
    }
}
