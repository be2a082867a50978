package com.certhall.accounts.domain;

import com.certhall.accounts.StaffRole;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A CA staff member with roles. Usernames are reserved: applicants cannot register them. Wrong passwords are
 * throttled as for applicants ({@link LoginThrottle}).
 */
@Entity
@Table(name = "accounts_staff_user")
class StaffUser {

    @Id
    private UUID id;
    private String username;
    private String displayName;
    private String roles;
    private String passwordHash;
    private Instant createdAt;
    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, Set<StaffRole> roles, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.username = LoginNames.key(username);
        this.displayName = displayName;
        this.roles = encode(roles);
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    private static String encode(Set<StaffRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Replaces the roles; a staff user always keeps at least one. */
    public void changeRoles(Set<StaffRole> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a staff user needs at least one role");
        }
        this.roles = encode(newRoles);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<StaffRole> roles() {
        EnumSet<StaffRole> set = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(StaffRole::valueOf).forEach(set::add);
        return set;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
