package com.certhall.lifecycle.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every certificate issued for an order. */
interface HeldCertificates extends JpaRepository<HeldCertificate, UUID> {

    @Query("select c from HeldCertificate c where c.requestId = ?1")
    Optional<HeldCertificate> findByRequestId(String requestId);

    @Query("select c from HeldCertificate c where c.serialHex = ?1")
    Optional<HeldCertificate> findBySerial(String serialHex);

    @Query("select c from HeldCertificate c where c.accountId = ?1 order by c.createdAt desc, c.requestId")
    List<HeldCertificate> findByAccount(UUID accountId);

    @Query("select c from HeldCertificate c where c.applicationId = ?1 order by c.requestId")
    List<HeldCertificate> findByOrder(UUID applicationId);

    /** Staff search: the serial or the order number exactly, or a part of the holder's name. */
    @Query("""
            select c from HeldCertificate c
            where c.serialHex = :serial or c.orderNumber = :text or lower(c.subjectName) like :namePart
            order by c.createdAt desc, c.requestId""")
    List<HeldCertificate> search(@Param("serial") String serial, @Param("text") String text,
            @Param("namePart") String namePart, Pageable page);

    /** Valid certificates that end within the window, for the expiry reminders. */
    @Query("""
            select c from HeldCertificate c where c.status = com.certhall.lifecycle.HeldStatus.VALID
            and c.notAfter > :now and c.notAfter <= :until order by c.notAfter""")
    List<HeldCertificate> findEnding(@Param("now") Instant now, @Param("until") Instant until);

    /** Whether the account holds a newer valid certificate for the same subject that outlives {@code notAfter}. */
    @Query("""
            select count(c) > 0 from HeldCertificate c where c.accountId = :account and c.subjectName = :subject
            and c.status = com.certhall.lifecycle.HeldStatus.VALID and c.notAfter > :notAfter
            and c.createdAt > :createdAt""")
    boolean renewed(@Param("account") UUID account, @Param("subject") String subject,
            @Param("notAfter") Instant notAfter, @Param("createdAt") Instant createdAt);

    /** The certificates of these orders, newest first. */
    @Query("select c from HeldCertificate c where c.applicationId in :orders order by c.createdAt desc, c.requestId")
    List<HeldCertificate> findByOrders(@Param("orders") Collection<UUID> orders);

    @Query("select c from HeldCertificate c order by c.createdAt desc, c.requestId")
    List<HeldCertificate> findLatest(Pageable page);
}
