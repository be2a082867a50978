package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoiceKind;
import com.certhall.invoicing.InvoiceStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All invoices. */
interface Invoices extends JpaRepository<Invoice, UUID> {

    @Query("select i from Invoice i where i.orderId = ?1 order by i.generation, i.createdAt")
    List<Invoice> findByOrder(UUID orderId);

    @Query("select i from Invoice i where i.orderId = ?1 and i.kind = ?2 order by i.generation desc")
    List<Invoice> findByOrderAndKindNewestFirst(UUID orderId, InvoiceKind kind);

    /** The order's invoice of {@code kind} of the latest generation (a title correction starts a new one). */
    default Optional<Invoice> findByOrderAndKind(UUID orderId, InvoiceKind kind) {
        return findByOrderAndKindNewestFirst(orderId, kind).stream().findFirst();
    }

    @Query("select i from Invoice i where i.orderId = ?1 and i.kind = ?2 and i.generation = ?3")
    Optional<Invoice> findByOrderKindAndGeneration(UUID orderId, InvoiceKind kind, int generation);

    @Query("select i.id from Invoice i where i.status in ?1 and i.attempts.nextAttemptAt <= ?2 order by i.attempts.nextAttemptAt")
    List<UUID> findDue(Collection<InvoiceStatus> statuses, Instant now, Pageable page);

    @Query("select i from Invoice i where i.buyer.lookupKey = ?1 order by i.createdAt desc")
    List<Invoice> findByLookupKey(String lookupKey);

    @Query("select i from Invoice i order by i.updatedAt desc")
    List<Invoice> findLatest(Pageable page);
}
