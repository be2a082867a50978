package com.certhall.pki.ocsp;

import com.certhall.pki.ca.Crypto;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A DER OCSPResponse and, for the pre-signed responses HTTP caches may keep (RFC 5019 §6.2), when it was produced,
 * its nextUpdate and its entity tag (computed once, when the answer is signed, not per GET). Error statuses and
 * responses echoing a nonce carry none of these: they are never cached.
 */
record OcspAnswer(byte[] der, @Nullable Instant producedAt, @Nullable Instant nextUpdate, @Nullable String etag) {

    OcspAnswer(byte[] der, Instant producedAt, Instant nextUpdate) {
        this(der, producedAt, nextUpdate, "\"" + Crypto.sha256Hex(der) + "\"");
    }

    static OcspAnswer uncacheable(byte[] der) {
        return new OcspAnswer(der, null, null, null);
    }

    boolean cacheable() {
        return producedAt != null && nextUpdate != null && etag != null;
    }
}
