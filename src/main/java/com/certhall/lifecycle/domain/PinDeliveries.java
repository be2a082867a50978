package com.certhall.lifecycle.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** PINs on their way. */
interface PinDeliveries extends JpaRepository<PinDelivery, UUID> {

    @Query("select d from PinDelivery d where d.certificateId in ?1 order by d.createdAt")
    List<PinDelivery> findByCertificates(Collection<UUID> certificateIds);
}
