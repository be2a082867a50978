package com.certhall.accounts.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaptchaChallenges extends JpaRepository<CaptchaChallenge, UUID> {

    @Modifying
    @Query("delete from CaptchaChallenge c where c.expiresAt < ?1")
    int deleteExpired(Instant before);
}
