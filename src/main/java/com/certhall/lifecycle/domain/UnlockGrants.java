package com.certhall.lifecycle.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Response codes given out, by token and challenge hash. */
interface UnlockGrants extends JpaRepository<UnlockGrant, UUID> {

    @Query("select count(g) > 0 from UnlockGrant g where g.tokenSerial = ?1 and g.challengeKey = ?2")
    boolean given(String tokenSerial, String challengeKey);
}
