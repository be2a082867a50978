package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns a stored principal reference (kind + id) back into the signed-in user, with its current roles. */
@Component
class Principals {

    private final Accounts accounts;
    private final StaffUsers staff;

    Principals(Accounts accounts, StaffUsers staff) {
        this.accounts = accounts;
        this.staff = staff;
    }

    Optional<AuthenticatedUser> load(AuthenticatedUser.Kind kind, UUID id) {
        return switch (kind) {
            case APPLICANT -> accounts.findById(id).map(a -> AuthenticatedUser.applicant(a.id(), a.loginName()));
            case STAFF -> staff.findById(id).map(s -> AuthenticatedUser.staff(s.id(), s.username(), s.roles()));
        };
    }
}
