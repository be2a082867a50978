package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenStore extends JpaRepository<AccessToken, String> {

    @Modifying
    @Query("delete from AccessToken t where t.expiresAt < ?1")
    int deleteExpired(Instant before);

    @Modifying
    @Query("delete from AccessToken t where t.principalKind = ?1 and t.principalId = ?2")
    int deleteByPrincipal(AuthenticatedUser.Kind kind, UUID principalId);
}
