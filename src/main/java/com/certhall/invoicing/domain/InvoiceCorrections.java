package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoiceCorrectionView.Status;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All title corrections. */
interface InvoiceCorrections extends JpaRepository<InvoiceCorrection, UUID> {

    @Query("select c from InvoiceCorrection c where c.orderId = ?1 order by c.createdAt")
    List<InvoiceCorrection> findByOrder(UUID orderId);

    @Query("select c from InvoiceCorrection c where c.status = ?1 order by c.createdAt")
    List<InvoiceCorrection> findByStatus(Status status, Pageable page);

    @Query("select c from InvoiceCorrection c order by c.createdAt desc")
    List<InvoiceCorrection> findLatest(Pageable page);
}
