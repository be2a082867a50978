package com.certhall.lifecycle.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Certificate queries without login. */
interface CertificateQueries extends JpaRepository<CertificateQuery, UUID> {
}
