package com.certhall.notifications;

import com.certhall.catalog.ChannelTexts;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders message texts from the {@code i18n/notifications} bundles: {@code notify.<template>.sms} for SMS and
 * {@code notify.<template>.subject} / {@code .body} for e-mail. A message about an order of a channel that worded a
 * template its own way (catalog, {@link ChannelTexts#template}) uses that wording. Rendering knows nothing of how a
 * text is sent.
 */
@Component
public class NotificationTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    private final MessageSource messages;
    private final ChannelTexts channels;

    NotificationTemplates(MessageSource messages, ChannelTexts channels) {
        this.messages = messages;
        this.channels = channels;
    }

    public String sms(String template, Locale locale, Object... args) {
        return sms(null, template, locale, args);
    }

    /** The text without the platform's signature, for providers that add their registered signature themselves. */
    public String smsBody(String template, Locale locale, Object... args) {
        return smsBody(null, template, locale, args);
    }

    /** {@link #smsBody(String, Locale, Object...)} for a message about an order of {@code channel}. */
    public String smsBody(@Nullable String channel, String template, Locale locale, Object... args) {
        return render(channel, template + ".sms", locale, args);
    }

    public String subject(String template, Locale locale, Object... args) {
        return subject(null, template, locale, args);
    }

    public String body(String template, Locale locale, Object... args) {
        return body(null, template, locale, args);
    }

    /** The SMS of {@code template} for a message about an order of {@code channel} (null: no channel). */
    public String sms(@Nullable String channel, String template, Locale locale, Object... args) {
        return signed(render(channel, template + ".sms", locale, args), locale);
    }

    public String subject(@Nullable String channel, String template, Locale locale, Object... args) {
        return render(channel, template + ".subject", locale, args);
    }

    public String body(@Nullable String channel, String template, Locale locale, Object... args) {
        return render(channel, template + ".body", locale, args);
    }

    private String render(@Nullable String channel, String part, Locale locale, Object... args) {
        Optional<String> own = channel == null ? Optional.empty() : channels.template(channel, part, locale);
        return own.map(pattern -> fill(pattern, args))
                .orElseGet(() -> messages.getMessage("notify." + part, args, locale));
    }

    /**
     * A channel's pattern holds plain {@code {n}} placeholders only (checked when it was saved), so it is filled
     * literally: an apostrophe a channel admin typed stays an apostrophe.
     */
    static String fill(String pattern, Object... args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < args.length ? String.valueOf(args[index]) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String signed(String text, Locale locale) {
        return messages.getMessage("notify.signature", null, locale) + text;
    }
}
