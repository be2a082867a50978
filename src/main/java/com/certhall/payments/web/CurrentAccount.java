package com.certhall.payments.web;

import com.certhall.shared.NotFoundException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place payments learns which applicant account is calling. The accounts module's principal is a record
 * with an {@code id} component (payments may not depend on accounts, so it is read by shape); a principal whose
 * name is the account id works too.
 */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static UUID id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return Optional.ofNullable(auth).flatMap(CurrentAccount::fromPrincipal)
                .or(() -> Optional.ofNullable(auth).flatMap(a -> parse(a.getName())))
                .orElseThrow(() -> new NotFoundException("account", "current"));
    }

    public static String actor() {
        return "applicant:" + id();
    }

    /** {@code staff:<name>} for the audit trail. */
    public static String staffActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return "staff:unknown";
        }
        Object principal = auth.getPrincipal();
        if (principal != null && principal.getClass().isRecord()) {
            for (RecordComponent c : principal.getClass().getRecordComponents()) {
                if (c.getName().equals("name")) {
                    try {
                        return "staff:" + c.getAccessor().invoke(principal);
                    } catch (ReflectiveOperationException e) {
                        break;
                    }
                }
            }
        }
        return "staff:" + auth.getName();
    }

    private static Optional<UUID> fromPrincipal(Authentication auth) {
        Object principal = auth.getPrincipal();
        if (principal == null || !principal.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent c : principal.getClass().getRecordComponents()) {
            if (c.getName().equals("id") && c.getType() == UUID.class) {
                try {
                    return Optional.ofNullable((UUID) c.getAccessor().invoke(principal));
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<UUID> parse(String name) {
        try {
            return Optional.of(UUID.fromString(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
