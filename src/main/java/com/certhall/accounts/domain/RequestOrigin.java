package com.certhall.accounts.domain;

import org.jspecify.annotations.Nullable;

/** Where the current request comes from, for per-address limits; null outside a request. */
public interface RequestOrigin {

    @Nullable String clientAddress();
}
