package com.certhall.catalog.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.catalog.ChannelTranslation;
import com.certhall.catalog.ProductSpec;
import com.certhall.shared.NotFoundException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a channel's texts page: English name, description, agreement and product names, and its own SMS and e-mail
 * templates in Chinese and English. Checked by {@link ChannelTextValidation}, stored whole, audited with the items
 * that changed.
 */
@Service
public class ChannelTextEditing {

    /** The English texts by the name the audit entry gives them. */
    private static final Map<String, Function<ChannelTextDraft, Object>> ENGLISH = Map.of(
            "nameEn", ChannelTextDraft::name, "descriptionEn", ChannelTextDraft::description,
            "agreementTextEn", ChannelTextDraft::agreementText, "onlineSupportEn", ChannelTextDraft::onlineSupport,
            "productNamesEn", ChannelTextDraft::productNames,
            "productDescriptionsEn", ChannelTextDraft::productDescriptions);

    private final ChannelRepository channels;
    private final ChannelTextRows rows;
    private final ChannelTextBook book;
    private final MessageSource messages;
    private final AuditTrail audit;

    ChannelTextEditing(ChannelRepository channels, ChannelTextRows rows, ChannelTextBook book, MessageSource messages,
            AuditTrail audit) {
        this.channels = channels;
        this.rows = rows;
        this.book = book;
        this.messages = messages;
        this.audit = audit;
    }

    /** What the texts page shows: the channel (with its Chinese texts), its texts and the default templates. */
    public record TextsPage(StoredChannel channel, ChannelTextDraft texts, Map<String, String> zhDefaults,
            Map<String, String> enDefaults) {
    }

    @Transactional(readOnly = true)
    public TextsPage page(String code) {
        return page(code, current(code));
    }

    /** The page showing {@code typed} (after a refusal, what was typed stays). */
    @Transactional(readOnly = true)
    public TextsPage page(String code, ChannelTextDraft typed) {
        StoredChannel channel = stored(code);
        Map<String, String> zh = new LinkedHashMap<>();
        Map<String, String> en = new LinkedHashMap<>();
        for (String part : ChannelTextValidation.TEMPLATES) {
            zh.put(part, defaultPattern(part, "zh"));
            en.put(part, defaultPattern(part, "en"));
        }
        return new TextsPage(channel, typed, zh, en);
    }

    @Transactional
    public void save(String code, ChannelTextDraft typed, String actor) {
        StoredChannel channel = stored(code);
        ChannelTextDraft checked = ChannelTextValidation.check(typed, channel.products().size(), this::defaultPattern);
        ChannelTextDraft before = current(code);
        Map<String, String> names = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        List<ProductSpec> products = channel.products();
        for (int i = 0; i < products.size(); i++) {
            names.put(products.get(i).code(), checked.productNames().get(i));
            descriptions.put(products.get(i).code(), checked.productDescriptions().get(i));
        }
        Map<String, String> en = ChannelTextBook.textRows(new ChannelTranslation(checked.name(), checked.description(),
                checked.agreementText(), checked.onlineSupport(), names, descriptions));
        checked.enTemplates().forEach((part, text) -> en.put(ChannelTextBook.NOTIFY + part, text));
        Map<String, String> zh = new HashMap<>();
        checked.zhTemplates().forEach((part, text) -> zh.put(ChannelTextBook.NOTIFY + part, text));
        rows.replace(code, "en", en);
        rows.replace(code, "zh", zh);
        audit.record(AuditRecord.of("catalog.channel.texts", actor, code).with("changed", changed(before, checked)));
    }

    /** Stores the English texts of a demo channel unless it has English texts already (an admin's edits stay). */
    @Transactional
    public boolean seedEnglishIfAbsent(String code, ChannelTranslation english) {
        if (!channels.exists(code) || !rows.all(code, "en").isEmpty()) {
            return false;
        }
        rows.replace(code, "en", ChannelTextBook.textRows(english));
        return true;
    }

    private ChannelTextDraft current(String code) {
        StoredChannel channel = stored(code);
        ChannelTranslation english = book.english(code);
        List<String> products = channel.products().stream()
                .map(p -> english.productNames().getOrDefault(p.code(), "")).toList();
        List<String> descriptions = channel.products().stream()
                .map(p -> english.productDescriptions().getOrDefault(p.code(), "")).toList();
        return new ChannelTextDraft(english.name(), english.description(), english.agreementText(),
                english.onlineSupport(), products, descriptions,
                book.templates(code, "zh"), book.templates(code, "en"));
    }

    private StoredChannel stored(String code) {
        if (code == null || !ChannelValidation.CODE.matcher(code).matches()) {
            throw new NotFoundException("Channel", String.valueOf(code));
        }
        return channels.find(code).orElseThrow(() -> new NotFoundException("Channel", code));
    }

    String defaultPattern(String part, String lang) {
        Locale locale = lang.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return messages.getMessage("notify." + part, null, "", locale);
    }

    /** The names of the texts that changed, for the audit entry (the texts themselves may be long). */
    private static String changed(ChannelTextDraft before, ChannelTextDraft after) {
        TreeSet<String> names = new TreeSet<>();
        ENGLISH.forEach((name, text) -> {
            if (!text.apply(before).equals(text.apply(after))) {
                names.add(name);
            }
        });
        for (String part : ChannelTextValidation.TEMPLATES) {
            if (!Objects.equals(before.zhTemplates().getOrDefault(part, ""), after.zhTemplates().get(part))) {
                names.add("zh:" + part);
            }
            if (!Objects.equals(before.enTemplates().getOrDefault(part, ""), after.enTemplates().get(part))) {
                names.add("en:" + part);
            }
        }
        return String.join(",", names);
    }
}
