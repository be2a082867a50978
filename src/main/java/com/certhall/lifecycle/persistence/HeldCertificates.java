package com.certhall.lifecycle.persistence;

import com.certhall.lifecycle.domain.HeldCertificate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every certificate issued for an order. */
public interface HeldCertificates extends JpaRepository<HeldCertificate, UUID> {

    @Query("select c from HeldCertificate c where c.requestId = ?1")
    Optional<HeldCertificate> findByRequestId(String requestId);

    @Query("select c from HeldCertificate c where c.serialHex = ?1")
    Optional<HeldCertificate> findBySerial(String serialHex);

    @Query("select c from HeldCertificate c where c.accountId = ?1 order by c.createdAt desc, c.requestId")
    List<HeldCertificate> findByAccount(UUID accountId);

    @Query("select c from HeldCertificate c where c.applicationId = ?1 order by c.requestId")
    List<HeldCertificate> findByOrder(UUID applicationId);
}
