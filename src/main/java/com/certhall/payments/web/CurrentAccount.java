package com.certhall.payments.web;

import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The one place payments learns who is calling: the request's {@link Caller} principal. */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    /** The calling applicant's account id; a request without an applicant is answered as not found. */
    public static UUID id() {
        return caller().filter(Caller::isApplicant).map(Caller::id)
                .orElseThrow(() -> new NotFoundException("account", "current"));
    }

    public static String actor() {
        return "applicant:" + id();
    }

    /** {@code staff:<name>} for the audit trail. */
    public static String staffActor() {
        return caller().map(Caller::auditActor).orElse("staff:unknown");
    }

    private static Optional<Caller> caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }
}
