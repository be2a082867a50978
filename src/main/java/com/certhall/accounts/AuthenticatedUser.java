package com.certhall.accounts;

import com.certhall.shared.Caller;
import java.security.Principal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, for pages (session) and the API (bearer token) alike: an applicant account or a staff user.
 * It is the principal of the Spring {@link Authentication}, so controllers take it with
 * {@code @AuthenticationPrincipal AuthenticatedUser user} or call {@link #current()}.
 *
 * @param id    the applicant's account id or the staff user's id
 * @param name  login name (applicants) or username (staff)
 * @param roles staff roles, empty for applicants
 */
public record AuthenticatedUser(Kind kind, UUID id, String name, Set<StaffRole> roles) implements Serializable, Caller, Principal {

    public enum Kind { APPLICANT, STAFF }

    public AuthenticatedUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static AuthenticatedUser applicant(UUID accountId, String loginName) {
        return new AuthenticatedUser(Kind.APPLICANT, accountId, loginName, Set.of());
    }

    public static AuthenticatedUser staff(UUID staffId, String username, Set<StaffRole> roles) {
        return new AuthenticatedUser(Kind.STAFF, staffId, username, roles);
    }

    /** The login name or staff username, so {@code Authentication.getName()} is a name, not a record dump. */
    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isApplicant() {
        return kind == Kind.APPLICANT;
    }

    /** ADMIN holds every role. */
    public boolean hasRole(StaffRole role) {
        return kind == Kind.STAFF && (roles.contains(role) || roles.contains(StaffRole.ADMIN));
    }

    /** {@code ROLE_APPLICANT}, or {@code ROLE_STAFF} plus {@code ROLE_<role>} for each role held (ADMIN: all). */
    public List<SimpleGrantedAuthority> authorities() {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        if (kind == Kind.APPLICANT) {
            authorities.add(new SimpleGrantedAuthority("ROLE_APPLICANT"));
            return authorities;
        }
        authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        for (StaffRole role : StaffRole.values()) {
            if (hasRole(role)) {
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        return authorities;
    }

    /** The actor name written into audit entries: {@code applicant:<id>} or {@code staff:<username>}. */
    @Override
    public String auditActor() {
        return kind == Kind.APPLICANT ? "applicant:" + id : "staff:" + name;
    }

    /** The user of the current request, if one is signed in. */
    public static Optional<AuthenticatedUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
