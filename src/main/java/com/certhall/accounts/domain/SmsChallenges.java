package com.certhall.accounts.domain;

import com.certhall.accounts.SmsPurpose;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SmsChallenges extends JpaRepository<SmsChallenge, UUID> {

    Optional<SmsChallenge> findFirstByMobileAndPurposeOrderByCreatedAtDesc(String mobile, SmsPurpose purpose);

    List<SmsChallenge> findByMobileAndCreatedAtAfterOrderByCreatedAtAsc(String mobile, Instant after);

    List<SmsChallenge> findByClientIpAndCreatedAtAfterOrderByCreatedAtAsc(String clientIp, Instant after);
}
