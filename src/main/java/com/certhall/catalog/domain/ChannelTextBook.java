package com.certhall.catalog.domain;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ChannelSummary;
import com.certhall.catalog.ChannelTexts;
import com.certhall.catalog.ChannelTranslation;
import com.certhall.catalog.ProductSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a channel's texts per language and falls back to the Chinese text (docs/architecture.md, "Channel texts"). */
@Service
// no transaction of its own: texts are kept per node (ChannelRulesCache), a kept read needs no connection
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class ChannelTextBook implements ChannelTexts {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String AGREEMENT = "agreement";
    static final String ONLINE_SUPPORT = "onlineSupport";
    static final String PRODUCT = "product.";
    /** Not under {@link #PRODUCT}: that prefix reads every item after it as a product code. */
    static final String PRODUCT_DESCRIPTION = "productDescription.";
    static final String NOTIFY = "notify.";

    private final ChannelTextRows rows;
    private final ChannelRepository channels;

    ChannelTextBook(ChannelTextRows rows, ChannelRepository channels) {
        this.rows = rows;
        this.channels = channels;
    }

    /** English pages read English texts; every other language reads the Chinese ones. */
    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh";
    }

    @Override
    public ChannelRules localized(ChannelRules rules, Locale locale) {
        if (language(locale).equals("zh")) {
            return rules;
        }
        Map<String, String> en = rows.all(rules.code(), "en");
        if (en.isEmpty()) {
            return rules;
        }
        List<ProductSpec> products = rules.products().stream()
                .map(p -> p.withTexts(or(en.get(PRODUCT + p.code()), p.name()),
                        or(en.get(PRODUCT_DESCRIPTION + p.code()), p.description()))).toList();
        return rules.withTexts(or(en.get(NAME), rules.name()), or(en.get(DESCRIPTION), rules.description()),
                or(en.get(AGREEMENT), rules.agreementText()), or(en.get(ONLINE_SUPPORT), rules.onlineSupport()),
                products);
    }

    @Override
    public ChannelSummary localized(ChannelSummary summary, Locale locale) {
        if (language(locale).equals("zh")) {
            return summary;
        }
        Map<String, String> en = rows.all(summary.code(), "en");
        return english(summary, en.get(NAME), en.get(DESCRIPTION));
    }

    @Override
    public List<ChannelSummary> localized(List<ChannelSummary> summaries, Locale locale) {
        if (language(locale).equals("zh") || summaries.isEmpty()) {
            return summaries;
        }
        // two queries for the whole list, not two per channel
        Map<String, String> names = rows.item("en", NAME);
        Map<String, String> descriptions = rows.item("en", DESCRIPTION);
        return summaries.stream().map(s -> english(s, names.get(s.code()), descriptions.get(s.code()))).toList();
    }

    private static ChannelSummary english(ChannelSummary summary, String englishName, String englishDescription) {
        String name = or(englishName, summary.name());
        // an English reader looks for "Coal Trade …" under C, not under the pinyin initial M
        String initial = englishInitial(name).orElse(summary.initial());
        return new ChannelSummary(summary.code(), name, initial, or(englishDescription, summary.description()));
    }

    @Override
    public String channelName(String channelCode, Locale locale) {
        if (channelCode == null || !ChannelValidation.CODE.matcher(channelCode).matches()) {
            return String.valueOf(channelCode);
        }
        String chinese = channels.find(channelCode).map(c -> c.settings().name()).orElse(channelCode);
        return language(locale).equals("zh") ? chinese : or(rows.all(channelCode, "en").get(NAME), chinese);
    }

    @Override
    public String productName(String channelCode, String productCode, String storedName, Locale locale) {
        if (language(locale).equals("zh") || !ChannelValidation.CODE.matcher(channelCode).matches()) {
            return storedName;
        }
        return or(rows.all(channelCode, "en").get(PRODUCT + productCode), storedName);
    }

    @Override
    public ChannelTranslation english(String channelCode) {
        Map<String, String> en = rows.all(channelCode, "en");
        Map<String, String> products = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        en.forEach((item, text) -> {
            if (item.startsWith(PRODUCT)) {
                products.put(item.substring(PRODUCT.length()), text);
            } else if (item.startsWith(PRODUCT_DESCRIPTION)) {
                descriptions.put(item.substring(PRODUCT_DESCRIPTION.length()), text);
            }
        });
        return new ChannelTranslation(or(en.get(NAME), ""), or(en.get(DESCRIPTION), ""), or(en.get(AGREEMENT), ""),
                or(en.get(ONLINE_SUPPORT), ""), products, descriptions);
    }

    @Override
    public Optional<String> template(String channelCode, String templatePart, Locale locale) {
        if (channelCode == null || !ChannelValidation.CODE.matcher(channelCode).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(rows.all(channelCode, language(locale)).get(NOTIFY + templatePart));
    }

    /** The English text rows {@code english} is stored as: what {@link #english} reads back. */
    static Map<String, String> textRows(ChannelTranslation english) {
        Map<String, String> en = new HashMap<>();
        en.put(NAME, english.name());
        en.put(DESCRIPTION, english.description());
        en.put(AGREEMENT, english.agreementText());
        en.put(ONLINE_SUPPORT, english.onlineSupport());
        english.productNames().forEach((product, name) -> en.put(PRODUCT + product, name));
        english.productDescriptions().forEach((product, text) -> en.put(PRODUCT_DESCRIPTION + product, text));
        return en;
    }

    /** The channel's own templates in one language, by template part. */
    Map<String, String> templates(String channelCode, String lang) {
        Map<String, String> own = new HashMap<>();
        rows.all(channelCode, lang).forEach((item, text) -> {
            if (item.startsWith(NOTIFY)) {
                own.put(item.substring(NOTIFY.length()), text);
            }
        });
        return own;
    }

    private static Optional<String> englishInitial(String name) {
        char first = name.isEmpty() ? ' ' : Character.toUpperCase(name.charAt(0));
        return first >= 'A' && first <= 'Z' ? Optional.of(String.valueOf(first)) : Optional.empty();
    }

    private static String or(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
