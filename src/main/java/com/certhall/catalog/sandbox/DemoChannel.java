package com.certhall.catalog.sandbox;

import com.certhall.catalog.ProductSpec;
import com.certhall.catalog.domain.ChannelSettings;
import java.util.List;

/** One demo channel with its products. */
record DemoChannel(ChannelSettings settings, List<ProductSpec> products) {
}
