package com.certhall.catalog.domain;

import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.ProductSpec;
import java.util.List;
import java.util.Optional;

/** A channel as stored: its settings, its products in display order and the version for optimistic locking. */
public record StoredChannel(ChannelSettings settings, List<ProductSpec> products, long version) {

    public StoredChannel {
        products = List.copyOf(products);
    }

    public ChannelRules rules() {
        return settings.toRules(products);
    }

    public Optional<ProductSpec> product(String code) {
        return products.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
