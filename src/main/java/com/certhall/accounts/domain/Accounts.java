package com.certhall.accounts.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, UUID> {

    Optional<Account> findByLoginKey(String loginKey);

    Optional<Account> findByMobile(String mobile);

    Optional<Account> findByEmailKey(String emailKey);

    Optional<Account> findByUscc(String uscc);

    boolean existsByLoginKey(String loginKey);

    boolean existsByMobile(String mobile);

    boolean existsByEmailKey(String emailKey);

    boolean existsByUscc(String uscc);
}
