package com.certhall.pki.ocsp;

import com.certhall.pki.CertificateHoldReleased;
import com.certhall.pki.CertificateRevoked;
import com.certhall.pki.ca.Ca;
import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ca.PkiProperties;
import com.certhall.pki.persistence.CertificateRows;
import com.certhall.pki.persistence.CertificateRows.Status;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pre-signed responses for nonce-less single requests (RFC 5019 §2.2), per node, and the certificates' statuses that
 * responses signed per request (nonce) are built from. An entry is dropped at once when this node revokes or releases
 * the certificate, within the poll interval when another node does (the database's {@code status_changed_at} is
 * polled), and a response is re-signed when half its validity has passed. Unknown serials are not kept: a certificate
 * issued a moment later is answered from the database.
 */
@Component
class OcspResponseCache {

    private record Entry(String key, OcspAnswer response, Instant refreshAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The same entries by the exact request bytes: a repeated request is answered without parsing it. */
    private final Map<ByteBuffer, Entry> byRequest = new ConcurrentHashMap<>();
    /** The status rows by "CA/serial", for responses signed per request. */
    private final Map<String, Status> statuses = new ConcurrentHashMap<>();
    /** Counts evictions, so a status read from the database before one is never kept after it. */
    private final AtomicLong evictions = new AtomicLong();
    private final CertificateRows certificates;
    private final Duration halfLife;
    private final int maxSize;
    private final Clock clock;
    private volatile Instant lastPoll;

    OcspResponseCache(CertificateRows certificates, PkiProperties properties, Clock clock) {
        this.certificates = certificates;
        this.halfLife = properties.ocspValidity().dividedBy(2);
        this.maxSize = properties.ocspCacheSize();
        this.clock = clock;
        this.lastPoll = clock.instant();
    }

    /** The cached response to exactly this request, or null. */
    @Nullable OcspAnswer lookup(byte[] request) {
        Entry entry = byRequest.get(ByteBuffer.wrap(request));
        return entry != null && clock.instant().isBefore(entry.refreshAt()) ? entry.response() : null;
    }

    OcspAnswer get(Ca ca, CertificateID id, byte[] request, Supplier<OcspAnswer> signer) {
        String key = key(ca.name(), Crypto.serialHex(id.getSerialNumber()), id.getHashAlgOID().getId());
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || !now.isBefore(entry.refreshAt())) {
            if (entries.size() >= maxSize || byRequest.size() >= maxSize) {
                entries.clear(); // bounded memory; the hot set re-fills within seconds
                byRequest.clear();
            }
            OcspAnswer signed = signer.get();
            if (!signed.cacheable()) {
                return signed; // an internalError is answered, not kept
            }
            entry = new Entry(key, signed, now.plus(halfLife));
            entries.put(key, entry);
        }
        byRequest.put(ByteBuffer.wrap(request.clone()), entry);
        return entry.response();
    }

    /** The certificate's status row: from memory when held, else from the database (and then held). */
    Optional<Status> status(String caName, String serial) {
        String key = caName + "/" + serial;
        Status known = statuses.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        long before = evictions.get();
        Optional<Status> read = certificates.status(caName, serial);
        if (read.isPresent() && evictions.get() == before) {
            if (statuses.size() >= maxSize) {
                statuses.clear();
            }
            statuses.put(key, read.get());
            if (evictions.get() != before) { // an eviction ran between the check and the put: it may be stale
                statuses.remove(key);
            }
        }
        return read;
    }

    @TransactionalEventListener
    void on(CertificateRevoked event) {
        evict(event.caName(), event.serialHex());
    }

    @TransactionalEventListener
    void on(CertificateHoldReleased event) {
        evict(event.caName(), event.serialHex());
    }

    /** Drops entries whose status another node changed, and entries past their refresh time. */
    @Scheduled(fixedDelayString = "${certhall.pki.ocsp-poll-interval:PT30S}")
    void poll() {
        Instant since = lastPoll.minusSeconds(5);
        lastPoll = clock.instant();
        for (String[] changed : certificates.statusChangedSince(since)) {
            evict(changed[0], changed[1]);
        }
        Instant now = clock.instant();
        entries.values().removeIf(e -> !now.isBefore(e.refreshAt()));
        byRequest.values().removeIf(e -> !now.isBefore(e.refreshAt()));
    }

    int size() {
        return entries.size();
    }

    private void evict(String caName, String serial) {
        evictions.incrementAndGet();
        statuses.remove(caName + "/" + serial);
        String prefix = caName + "/" + serial + "/";
        entries.keySet().removeIf(k -> k.startsWith(prefix));
        byRequest.values().removeIf(e -> e.key().startsWith(prefix));
    }

    private static String key(String caName, String serial, String hashOid) {
        return caName + "/" + serial + "/" + hashOid;
    }
}
