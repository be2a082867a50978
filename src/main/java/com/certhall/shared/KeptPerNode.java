package com.certhall.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database and kept in this node's memory for a short time (docs/architecture.md, "Caches per
 * node"). The module that writes the rows calls {@link #changed} with each write: everything kept is dropped at once
 * and again when the writing transaction has ended, and a value loaded while a change happened is never kept, so a
 * write is visible on the same node at once; another node's write is read within the time to live.
 */
public final class KeptPerNode<K, V> {

    private record Entry<V>(V value, long loadedAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Counts changes, so a value read before a change is never kept after it. */
    private final AtomicLong changes = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;

    public KeptPerNode(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The kept value, or what {@code loader} reads now (kept unless null). */
    public @Nullable V get(K key, Supplier<@Nullable V> loader) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return entry.value();
        }
        long before = changes.get();
        V loaded = loader.get();
        if (loaded != null && changes.get() == before) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(loaded, now));
            if (changes.get() != before) {
                entries.remove(key);
            }
        }
        return loaded;
    }

    /** The rows changed: every kept value is dropped now and once more when the transaction has ended. */
    public void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        changes.incrementAndGet();
        entries.clear();
    }
}
