package com.certhall.verification.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The deposits that carried certificate PINs, by PIN delivery id. */
interface PinDeposits extends JpaRepository<PinDeposit, UUID> {
}
