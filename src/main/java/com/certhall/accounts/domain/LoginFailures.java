package com.certhall.accounts.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailures extends JpaRepository<LoginFailure, UUID> {

    @Query("select count(f) from LoginFailure f where f.throttleKey = ?1 and f.failedAt > ?2")
    long countSince(String key, Instant since);

    @Query("select max(f.failedAt) from LoginFailure f where f.throttleKey = ?1 and f.failedAt > ?2")
    Instant lastSince(String key, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.throttleKey = ?1")
    int clear(String key);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < ?1")
    int purgeBefore(Instant before);
}
