package com.certhall.verification.persistence;

import com.certhall.verification.domain.PinDeposit;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The deposits that carried certificate PINs, by PIN delivery id. */
public interface PinDeposits extends JpaRepository<PinDeposit, UUID> {
}
