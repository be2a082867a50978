package com.certhall.accounts.domain;

import com.certhall.accounts.StaffRole;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users at start. Sandbox: the public sandbox accounts (password {@value #SANDBOX_PASSWORD}), printed in
 * the log. Otherwise: none, except the first administrator from {@code certhall.accounts.admin.username} and
 * {@code certhall.accounts.admin.password-hash} when no staff user exists yet.
 */
@Component
class StaffAccounts {

    static final String SANDBOX_PASSWORD = "Sandbox-2026!";
    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final StaffUsers staff;
    private final PasswordEncoder encoder;
    private final AccountsProperties properties;
    private final Environment environment;
    private final AuditTrail audit;
    private final Clock clock;

    StaffAccounts(StaffUsers staff, PasswordEncoder encoder, AccountsProperties properties, Environment environment,
            AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.encoder = encoder;
        this.properties = properties;
        this.environment = environment;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createStaff() {
        if (environment.acceptsProfiles(Profiles.of("sandbox")) && !environment.acceptsProfiles(Profiles.of("prod"))) {
            sandboxStaff().forEach((name, roles) -> create(name, roles, () -> encoder.encode(SANDBOX_PASSWORD)));
            log.info("Sandbox staff accounts: {} with password {} (sandbox only; log in at /admin/login)",
                    sandboxStaff().keySet(), SANDBOX_PASSWORD);
            return;
        }
        AccountsProperties.Admin admin = properties.admin();
        if (staff.count() == 0 && admin.username() != null && admin.passwordHash() != null) {
            String hash = admin.passwordHash();
            create(admin.username(), EnumSet.of(StaffRole.ADMIN), () -> hash);
            log.info("Created the first administrator '{}' from configuration", admin.username());
        } else if (staff.count() == 0) {
            log.warn("No staff user exists: set certhall.accounts.admin.username and "
                    + "certhall.accounts.admin.password-hash to create the first administrator");
        }
    }

    static Map<String, Set<StaffRole>> sandboxStaff() {
        Map<String, Set<StaffRole>> users = new LinkedHashMap<>();
        users.put("admin", EnumSet.allOf(StaffRole.class));
        users.put("reviewer", EnumSet.of(StaffRole.REVIEWER));
        users.put("finance", EnumSet.of(StaffRole.FINANCE));
        users.put("operator", EnumSet.of(StaffRole.OPERATOR));
        users.put("auditor", EnumSet.of(StaffRole.AUDITOR));
        users.put("channeladmin", EnumSet.of(StaffRole.CHANNEL_ADMIN));
        users.put("support", EnumSet.of(StaffRole.SUPPORT));
        return users;
    }

    private void create(String username, Set<StaffRole> roles, Supplier<String> hash) {
        if (staff.existsByUsername(LoginNames.key(username))) {
            return;
        }
        StaffUser user = staff.save(new StaffUser(username, username, roles, hash.get(), clock.instant()));
        audit.record(AuditRecord.of("accounts.staff.created", "system", "staff:" + user.username())
                .with("roles", roles));
    }
}
