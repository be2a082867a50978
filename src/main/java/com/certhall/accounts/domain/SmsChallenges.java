package com.certhall.accounts.domain;

import com.certhall.accounts.SmsPurpose;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SmsChallenges extends JpaRepository<SmsChallenge, UUID> {

    Optional<SmsChallenge> findFirstByMobileAndPurposeOrderByCreatedAtDesc(String mobile, SmsPurpose purpose);


    /** A wrong try, counted atomically so that concurrent tries all count. */
    @Modifying
    @Query("update SmsChallenge c set c.attempts = c.attempts + 1, c.version = c.version + 1 "
            + "where c.id = ?1 and c.status = ?2")
    int countWrongTry(UUID id, SmsChallenge.Status open);

    @Modifying
    @Query("update SmsChallenge c set c.status = ?3, c.codeSealed = null, c.version = c.version + 1 "
            + "where c.id = ?1 and c.status = ?2 and c.attempts >= ?4")
    int killIfExhausted(UUID id, SmsChallenge.Status open, SmsChallenge.Status dead, int maxTries);

    /** Uses the challenge up; 0 when a concurrent check used or killed it first. */
    @Modifying
    @Query("update SmsChallenge c set c.status = ?3, c.codeSealed = null, c.version = c.version + 1 "
            + "where c.id = ?1 and c.status = ?2 and c.attempts < ?4")
    int use(UUID id, SmsChallenge.Status open, SmsChallenge.Status used, int maxTries);

    @Query("select c.attempts from SmsChallenge c where c.id = ?1")
    int attempts(UUID id);
}
