package com.certhall.lifecycle.persistence;

import com.certhall.lifecycle.domain.PinDelivery;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** PINs on their way. */
public interface PinDeliveries extends JpaRepository<PinDelivery, UUID> {
}
