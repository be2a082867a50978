package com.certhall.catalog.domain;

import com.certhall.catalog.ChannelRules;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Channels' rules as the rest of the hall reads them (every order read and channel page asks), kept per node
 * (docs/architecture.md, "Caches per node"). A change on this node — settings, materials, products, through the
 * channel repository — drops them at once and again when its transaction has ended; a change on another node is read
 * within {@link #TTL_SECONDS}. Unknown codes are not kept.
 */
@Component
public class ChannelRulesCache {

    static final long TTL_SECONDS = 10;

    private record Entry(ChannelRules rules, long loadedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts changes, so rules read before a change are never kept after it. */
    private final AtomicLong changes = new AtomicLong();

    Optional<ChannelRules> get(String code, Supplier<Optional<ChannelRules>> loader) {
        long now = System.nanoTime();
        Entry entry = entries.get(code);
        if (entry != null && now - entry.loadedAt() < TimeUnit.SECONDS.toNanos(TTL_SECONDS)) {
            return Optional.of(entry.rules());
        }
        long before = changes.get();
        Optional<ChannelRules> loaded = loader.get();
        if (loaded.isPresent() && changes.get() == before) {
            entries.put(code, new Entry(loaded.get(), now));
            if (changes.get() != before) {
                entries.remove(code);
            }
        }
        return loaded;
    }

    /** A channel changed: every kept channel is dropped now and once more when the transaction has ended. */
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
