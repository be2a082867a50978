package com.certhall.pki.ocsp;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A DER OCSPResponse and, for the pre-signed responses HTTP caches may keep (RFC 5019 §6.2), when it was produced
 * and its nextUpdate. Error statuses and responses echoing a nonce carry neither: they are never cached.
 */
record OcspAnswer(byte[] der, @Nullable Instant producedAt, @Nullable Instant nextUpdate) {

    static OcspAnswer uncacheable(byte[] der) {
        return new OcspAnswer(der, null, null);
    }

    boolean cacheable() {
        return producedAt != null && nextUpdate != null;
    }
}
