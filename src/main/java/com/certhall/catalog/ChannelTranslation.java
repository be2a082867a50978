package com.certhall.catalog;

import java.util.Map;

/**
 * A channel's English texts as stored; blank where none was written, in which case visitors read the Chinese text.
 *
 * @param productNames        English product names by product code
 * @param productDescriptions English product descriptions by product code
 */
public record ChannelTranslation(String name, String description, String agreementText, String onlineSupport,
        Map<String, String> productNames, Map<String, String> productDescriptions) {

    public ChannelTranslation {
        productNames = Map.copyOf(productNames);
        productDescriptions = Map.copyOf(productDescriptions);
    }

    public static ChannelTranslation none() {
        return new ChannelTranslation("", "", "", "", Map.of(), Map.of());
    }
}
