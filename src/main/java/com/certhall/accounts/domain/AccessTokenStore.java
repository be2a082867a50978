package com.certhall.accounts.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenStore extends JpaRepository<AccessToken, String> {

    @Modifying
    @Query("delete from AccessToken t where t.expiresAt < ?1")
    int deleteExpired(Instant before);
}
