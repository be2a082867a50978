package com.certhall.catalog.web;

import com.certhall.catalog.ChannelTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A channel's name for pages that list orders of many channels ({@code ${@channelNames.of(o.channel())}}): people
 * read 高原贸易… rather than the code {@code plateau-trade}, in the page's language. A channel no longer active keeps
 * showing its code. {@code product(…)} does the same for the product name an order kept.
 */
@Component("channelNames")
class ChannelNames {

    private final ChannelTexts texts;

    ChannelNames(ChannelTexts texts) {
        this.texts = texts;
    }

    public String of(String code) {
        return texts.channelName(code, LocaleContextHolder.getLocale());
    }

    public String product(String channel, String productCode, String storedName) {
        return texts.productName(channel, productCode, storedName, LocaleContextHolder.getLocale());
    }
}
