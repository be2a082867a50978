package com.certhall.notifications;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders message texts from the {@code i18n/notifications} bundles: {@code notify.<template>.sms} for SMS and
 * {@code notify.<template>.subject} / {@code .body} for e-mail. Rendering knows nothing of how a text is sent.
 */
@Component
public class NotificationTemplates {

    private final MessageSource messages;

    NotificationTemplates(MessageSource messages) {
        this.messages = messages;
    }

    public String sms(String template, Locale locale, Object... args) {
        return signed(messages.getMessage("notify." + template + ".sms", args, locale), locale);
    }

    /** The text without the platform's signature, for providers that add their registered signature themselves. */
    public String smsBody(String template, Locale locale, Object... args) {
        return messages.getMessage("notify." + template + ".sms", args, locale);
    }

    public String subject(String template, Locale locale, Object... args) {
        return messages.getMessage("notify." + template + ".subject", args, locale);
    }

    public String body(String template, Locale locale, Object... args) {
        return messages.getMessage("notify." + template + ".body", args, locale);
    }

    private String signed(String text, Locale locale) {
        return messages.getMessage("notify.signature", null, locale) + text;
    }
}
