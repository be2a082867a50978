package com.certhall.payments.domain;

import com.certhall.payments.PaymentStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All payments. */
interface Payments extends JpaRepository<Payment, UUID> {

    @Query("select p from Payment p where p.applicationId = ?1 order by p.createdAt desc")
    List<Payment> findByOrder(UUID applicationId);

    @Query("select p from Payment p where p.applicationId = ?1 and p.status in ?2")
    List<Payment> findByOrderAndStatus(UUID applicationId, Collection<PaymentStatus> statuses);

    @Query("select p from Payment p where p.kind.providerTransactionId = ?1")
    Optional<Payment> findByProviderTransactionId(String transactionId);

    @Query("select p.id from Payment p where p.status = com.certhall.payments.PaymentStatus.CREATED "
            + "and p.kind.expiresAt <= ?1")
    List<UUID> findOverdue(Instant now);

    @Query("select p from Payment p where p.status in ?1 order by p.updatedAt")
    List<Payment> findByStatus(Collection<PaymentStatus> statuses);

    @Query("select p from Payment p where p.status = com.certhall.payments.PaymentStatus.PAID "
            + "order by p.paidAt desc")
    List<Payment> findLatestPaid(Pageable page);

    @Query("select p from Payment p where p.status in (com.certhall.payments.PaymentStatus.REFUND_PENDING, "
            + "com.certhall.payments.PaymentStatus.REFUNDED) order by p.updatedAt desc")
    List<Payment> findLatestRefunds(Pageable page);
}
