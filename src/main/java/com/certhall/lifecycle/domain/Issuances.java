package com.certhall.lifecycle.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Started issuances. */
interface Issuances extends JpaRepository<Issuance, UUID> {

    @Query("select i.applicationId from Issuance i"
            + " where i.status = com.certhall.lifecycle.domain.IssuanceStatus.RUNNING and i.updatedAt <= ?1"
            + " and i.attempts < ?2 order by i.updatedAt")
    List<UUID> findUnfinishedSince(Instant before, int maxAttempts);
}
