package com.certhall.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database and kept in this node's memory for a short time (docs/architecture.md, "Caches per
 * node"). The module that writes the rows calls {@link #changed} with each write: everything kept is dropped at once
 * and again when the writing transaction has ended, and a value loaded while a change happened is never kept, so a
 * write is visible on the same node at once; another node's write is read within the time to live (and the one read
 * that renews an expired value).
 */
public final class KeptPerNode<K, V> {

    /** A kept value; {@code refreshing} is set while one caller reads it again after its time to live. */
    private record Entry<V>(V value, long loadedAt, AtomicBoolean refreshing) {
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

    /**
     * The kept value, or what {@code loader} reads now (kept unless null). When a value has outlived its time to live
     * (no change dropped it), one caller reads it again while the others keep answering with it until that read is
     * done, so a hot key's expiry sends one read to the database, not one per waiting request.
     */
    public @Nullable V get(K key, Supplier<@Nullable V> loader) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && (now - entry.loadedAt() < ttlNanos || !entry.refreshing().compareAndSet(false, true))) {
            return entry.value();
        }
        long before = changes.get();
        V loaded;
        try {
            loaded = loader.get();
        } catch (RuntimeException | Error e) {
            if (entry != null) {
                entries.remove(key, entry);
            }
            throw e;
        }
        if (loaded != null && changes.get() == before) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(loaded, now, new AtomicBoolean()));
            if (changes.get() != before) {
                entries.remove(key);
            }
        } else if (entry != null) {
            entries.remove(key, entry); // gone, or changed meanwhile: nobody answers with the old value any more
        }
        return loaded;
    }

    /**
     * As {@link #get}, except inside a writing transaction, which may hold a change not yet flushed: there the loader
     * answers and nothing is kept.
     */
    public @Nullable V getUnlessWriting(K key, Supplier<@Nullable V> loader) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return loader.get();
        }
        return get(key, loader);
    }

    /** Drops the value kept for {@code key}: its reader found it outdated by something other than these rows. */
    public void drop(K key) {
        entries.remove(key);
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

    /**
     * The stores one module keeps of its rows, all dropped by any write of those rows: a JPA write of one of its
     * entities through {@link Changes} (the entities name it in {@code @EntityListeners}), a JDBC write by the module
     * calling {@link #changed} itself.
     */
    public static class Group {

        private final List<KeptPerNode<?, ?>> members = new CopyOnWriteArrayList<>();
        private final List<Class<?>> entities;

        /** A group whose stores the writes of these entities drop. */
        protected Group(Class<?>... entities) {
            this.entities = List.of(entities);
        }

        /** A new store of this group. */
        public <K, V> KeptPerNode<K, V> keep(Duration ttl, int maxEntries) {
            KeptPerNode<K, V> store = new KeptPerNode<>(ttl, maxEntries);
            members.add(store);
            return store;
        }

        /** The group's rows changed: as {@link KeptPerNode#changed} for each store. */
        public void changed() {
            members.forEach(KeptPerNode::changed);
        }

        boolean covers(Object entity) {
            return entities.stream().anyMatch(type -> type.isInstance(entity));
        }
    }

    /** Hibernate calls this on each insert, update and delete of an entity naming it (Spring creates it). */
    public static class Changes {

        private final List<Group> groups;

        public Changes(List<Group> groups) {
            this.groups = List.copyOf(groups);
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            for (Group group : groups) {
                if (group.covers(entity)) {
                    group.changed();
                }
            }
        }
    }

    private void forget() {
        changes.incrementAndGet();
        entries.clear();
    }
}
