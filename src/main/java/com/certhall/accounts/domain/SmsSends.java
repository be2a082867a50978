package com.certhall.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SmsSends extends JpaRepository<SmsSend, UUID> {

    List<SmsSend> findByMobileAndSentAtAfterOrderBySentAtAsc(String mobile, Instant after);

    List<SmsSend> findByAccountIdAndSentAtAfterOrderBySentAtAsc(UUID accountId, Instant after);

    List<SmsSend> findByClientIpAndSentAtAfterOrderBySentAtAsc(String clientIp, Instant after);

    @Modifying
    @Query("delete from SmsSend s where s.sentAt < ?1")
    int purgeBefore(Instant before);
}
