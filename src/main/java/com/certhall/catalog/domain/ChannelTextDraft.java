package com.certhall.catalog.domain;

import java.util.List;
import java.util.Map;

/**
 * A channel's texts as typed into its texts page, not yet checked: the English name, description, agreement and
 * online-support note,
 * the English product names and descriptions in the channel's product order, and its own templates per language by template part
 * ({@code reviewApproved.sms}). {@link ChannelTextValidation} names every bad field.
 */
public record ChannelTextDraft(String name, String description, String agreementText, String onlineSupport,
        List<String> productNames, List<String> productDescriptions, Map<String, String> zhTemplates, Map<String, String> enTemplates) {

    public ChannelTextDraft {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        agreementText = agreementText == null ? "" : agreementText;
        onlineSupport = onlineSupport == null ? "" : onlineSupport;
        productNames = List.copyOf(productNames);
        productDescriptions = List.copyOf(productDescriptions);
        zhTemplates = Map.copyOf(zhTemplates);
        enTemplates = Map.copyOf(enTemplates);
    }
}
