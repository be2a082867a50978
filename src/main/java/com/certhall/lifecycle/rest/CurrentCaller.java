package com.certhall.lifecycle.rest;

import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who calls: the request's {@link Caller} principal. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    /** The calling applicant's account id; without one the resource is not found. */
    public static UUID applicantId() {
        return caller().filter(Caller::isApplicant).map(Caller::id)
                .orElseThrow(() -> new NotFoundException("account", "current"));
    }

    /** {@code staff:<name>} (or {@code applicant:<id>}) for the audit trail. */
    public static String actor() {
        return caller().map(Caller::auditActor).orElse("staff:unknown");
    }

    private static Optional<Caller> caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }
}
