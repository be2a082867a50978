package com.certhall.catalog.domain;

import com.certhall.catalog.ProductSpec;
import java.util.List;
import java.util.Optional;

/** Where channels are kept. Updates carry the version read; a stale one fails with an optimistic-locking error. */
public interface ChannelRepository {

    List<StoredChannel> findAll();

    Optional<StoredChannel> find(String code);

    boolean exists(String code);

    void insert(ChannelSettings settings);

    void update(ChannelSettings settings, long expectedVersion);

    /** Inserts or replaces one product and bumps the channel's version. */
    void saveProduct(String channelCode, ProductSpec product, long expectedVersion);

    void deleteProduct(String channelCode, String productCode, long expectedVersion);
}
