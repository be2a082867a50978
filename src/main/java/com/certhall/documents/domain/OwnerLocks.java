package com.certhall.documents.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Lock state per owner; a row exists once the owner stored or locked anything. */
interface OwnerLocks extends JpaRepository<OwnerLock, String> {

    /** Loads the row so that committing the caller's transaction bumps its version. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select l from OwnerLock l where l.owner = :owner")
    Optional<OwnerLock> findForChange(@Param("owner") String owner);
}
