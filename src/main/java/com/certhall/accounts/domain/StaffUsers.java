package com.certhall.accounts.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUsers extends JpaRepository<StaffUser, UUID> {

    Optional<StaffUser> findByUsername(String username);

    boolean existsByUsername(String username);
}
