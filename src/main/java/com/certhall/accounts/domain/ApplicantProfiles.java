package com.certhall.accounts.domain;

import com.certhall.accounts.ApplicantProfile;
import com.certhall.shared.KeptPerNode;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applicants' profiles as {@code GET /api/v1/me} and other modules read them, kept per node for a few seconds
 * (docs/architecture.md, "Caches per node"). Every write of an account row on this node drops them at once and again
 * when its transaction ends ({@link Changes}, an entity listener); another node's write is read within {@link #TTL}.
 */
@Component
class ApplicantProfiles {

    static final Duration TTL = Duration.ofSeconds(5);

    private final KeptPerNode<UUID, ApplicantProfile> kept = new KeptPerNode<>(TTL, 50_000);

    @Nullable ApplicantProfile get(UUID accountId, Supplier<@Nullable ApplicantProfile> loader) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return loader.get(); // a writing transaction may hold an account change not yet flushed
        }
        return kept.get(accountId, loader);
    }

    void changed() {
        kept.changed();
    }

    /** Hibernate calls this on each insert, update and delete of an {@link Account} (Spring creates it). */
    static class Changes {

        private final ApplicantProfiles profiles;

        Changes(ApplicantProfiles profiles) {
            this.profiles = profiles;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Account account) {
            profiles.changed();
        }
    }
}
