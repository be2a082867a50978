package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.ProductionStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** UKEY orders at the operator's desk. */
interface Productions extends JpaRepository<Production, UUID> {

    /** The order's desk entry, locked until the transaction ends: one operator's "produce" at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Production p where p.applicationId = ?1")
    Optional<Production> lockById(UUID applicationId);

    @Query("select p from Production p where p.status in ?1 order by p.approvedAt")
    List<Production> findByStatus(Collection<ProductionStatus> statuses);

    /** Open entries whose order number starts with {@code number} (all when it is empty), oldest approval first. */
    @Query(value = "select p from Production p where p.status in ?1 and p.orderNumber like concat(?2, '%') "
            + "order by p.approvedAt, p.applicationId",
            countQuery = "select count(p) from Production p where p.status in ?1 "
                    + "and p.orderNumber like concat(?2, '%')")
    Page<Production> findByStatus(Collection<ProductionStatus> statuses, String number, Pageable page);

    @Query("select p.applicationId from Production p where p.status = ?1 order by p.updatedAt")
    List<UUID> findIdsByStatus(ProductionStatus status);
}
