package com.certhall.verification.domain;

import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All verification cases. */
interface VerificationCases extends JpaRepository<VerificationCase, UUID> {

    @Query("select c from VerificationCase c where c.orderId = ?1 order by c.createdAt desc")
    List<VerificationCase> findByOrder(UUID orderId);

    @Query("select count(c) from VerificationCase c where c.subject.identityKey = ?1 and c.method = ?2"
            + " and c.createdAt >= ?3")
    long countStartedSince(String identityKey, VerificationMethod method, Instant since);

    @Query("select c.id from VerificationCase c where c.status = ?1 and c.attempts.expiresAt <= ?2")
    List<UUID> findIdsByStatusExpiringBefore(VerificationStatus status, Instant now);
}
