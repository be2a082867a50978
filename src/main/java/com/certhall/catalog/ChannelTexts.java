package com.certhall.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that decides which text of a channel a visitor reads: in English the channel's English name,
 * description, agreement and product names where its administrator wrote them, the Chinese text otherwise; in any
 * other language the Chinese text. Also holds a channel's own wording of notification templates.
 */
public interface ChannelTexts {

    /** The rules with their visible texts in {@code locale}; everything else unchanged. */
    ChannelRules localized(ChannelRules rules, Locale locale);

    /** The summary with its name, description and initial (pinyin, or the English name's) in {@code locale}. */
    ChannelSummary localized(ChannelSummary summary, Locale locale);

    /** {@link #localized(ChannelSummary, Locale)} for a whole list, in a fixed number of queries. */
    List<ChannelSummary> localized(List<ChannelSummary> summaries, Locale locale);

    /** The channel's name in {@code locale}; the code itself when no such channel is active. */
    String channelName(String channelCode, Locale locale);

    /** A product's name in {@code locale}; {@code storedName} (the name the order kept) when none is written. */
    String productName(String channelCode, String productCode, String storedName, Locale locale);

    /** The English texts as stored, blank where none. */
    ChannelTranslation english(String channelCode);

    /**
     * The channel's own pattern for a notification template part ({@code reviewApproved.sms}) in the language of
     * {@code locale} (Chinese unless English), if it wrote one. Placeholders are {@code {n}} only, each one the
     * default template also has.
     */
    Optional<String> template(String channelCode, String templatePart, Locale locale);
}
