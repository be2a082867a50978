package com.certhall.catalog.web;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import org.springframework.stereotype.Component;

/**
 * A channel's name for pages that list orders of many channels ({@code ${@channelNames.of(o.channel())}}): people
 * read 高原贸易… rather than the code {@code plateau-trade}. A channel no longer active keeps showing its code.
 */
@Component("channelNames")
class ChannelNames {

    private final CatalogManagement catalog;

    ChannelNames(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    public String of(String code) {
        return catalog.findChannel(code).map(ChannelRules::name).orElse(code);
    }
}
