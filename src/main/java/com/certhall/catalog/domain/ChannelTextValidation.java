package com.certhall.catalog.domain;

import com.certhall.catalog.ProductSpec;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a channel's texts: length limits as for the Chinese texts, no control characters (line breaks only where a
 * text has lines), and templates that use only the placeholders {@code {n}} of the default template they replace.
 */
public final class ChannelTextValidation {

    /** The templates a channel may word its own way: the review outcome of its orders. */
    public static final List<String> TEMPLATES = List.of("reviewApproved.sms", "reviewApproved.subject",
            "reviewApproved.body", "reviewApprovedPay.sms", "reviewApprovedPay.subject", "reviewApprovedPay.body",
            "reviewRejected.sms", "reviewRejected.subject", "reviewRejected.body");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern INDEX = Pattern.compile("\\{(\\d+)");

    private final InvalidInputException.Collector errors = new InvalidInputException.Collector();

    private ChannelTextValidation() {
    }

    /**
     * The draft, stripped, or a 400 naming each bad field.
     *
     * @param defaults the default template pattern per language ({@code zh}, {@code en}) and template part
     */
    static ChannelTextDraft check(ChannelTextDraft d, int productCount, TemplateDefaults defaults) {
        ChannelTextValidation v = new ChannelTextValidation();
        String name = v.text("nameEn", d.name(), 100, false);
        String description = v.text("descriptionEn", d.description(), 1000, true);
        String agreement = v.text("agreementTextEn", d.agreementText(), 20000, true);
        String support = v.text("onlineSupportEn", d.onlineSupport(), 200, false);
        List<String> products = new java.util.ArrayList<>();
        List<String> descriptions = new java.util.ArrayList<>();
        for (int i = 0; i < productCount; i++) {
            products.add(v.text("productNamesEn[" + i + "]", i < d.productNames().size() ? d.productNames().get(i)
                    : "", 100, false));
            descriptions.add(v.text("productDescriptionsEn[" + i + "]", i < d.productDescriptions().size()
                    ? d.productDescriptions().get(i) : "", ProductSpec.MAX_DESCRIPTION, false));
        }
        var zh = new java.util.HashMap<String, String>();
        var en = new java.util.HashMap<String, String>();
        for (int i = 0; i < TEMPLATES.size(); i++) {
            String part = TEMPLATES.get(i);
            zh.put(part, v.template("templates[" + i + "].zh", d.zhTemplates().get(part), defaults.pattern(part, "zh"),
                    part));
            en.put(part, v.template("templates[" + i + "].en", d.enTemplates().get(part), defaults.pattern(part, "en"),
                    part));
        }
        v.errors.throwIfAny();
        return new ChannelTextDraft(name, description, agreement, support, products, descriptions, zh, en);
    }

    /** The argument indexes a template pattern uses ({@code {0}}, {@code {3}}). */
    static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = INDEX.matcher(pattern);
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }

    private String template(String field, String raw, String defaultPattern, String part) {
        boolean body = part.endsWith(".body");
        String text = text(field, raw, body ? 5000 : part.endsWith(".sms") ? 500 : 200, body);
        Set<Integer> allowed = placeholders(defaultPattern);
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String inside = m.group(1);
            if (!inside.matches("\\d{1,2}") || !allowed.contains(Integer.valueOf(inside))) {
                String list = allowed.stream().map(n -> "{" + n + "}").collect(Collectors.joining(" "));
                errors.add(FieldViolation.of(field, "placeholder", "catalog.validation.placeholder", field,
                        "{" + inside + "}", list));
                break;
            }
        }
        return text;
    }

    private String text(String field, String raw, int max, boolean lines) {
        String value = raw == null ? "" : raw.strip().replace("\r\n", "\n");
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && !(lines && c == '\n')
                && c != '\t' || Character.getType(c) == Character.FORMAT && c != 0x200D)) {
            errors.add(FieldViolation.of(field, "control", "catalog.validation.controlCharacters", field));
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add(FieldViolation.of(field, "length", "catalog.validation.length", field, max));
        }
        return value;
    }

    /** The default pattern of a template part in a language ({@code zh}, {@code en}), as the bundles hold it. */
    @FunctionalInterface
    interface TemplateDefaults {
        String pattern(String part, String lang);
    }
}
