package com.certhall.orders.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.shared.NotFoundException;
import com.certhall.web.KeptReads;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/orders/{id}} on the API's lean path (docs/security.md, "Lean API reads"): the applicant's own
 * order, as {@link OrdersApi} answers it and under the same rule (role APPLICANT, the owner's account). Another
 * account's order, an unknown or malformed id and every other caller are left to the whole chain, which answers 401,
 * 403 or 404 as before.
 */
@Component
class OrderKeptReads implements KeptReads {

    private static final String PREFIX = "/api/v1/orders/";
    private static final String APPLICANT = "ROLE_APPLICANT";

    private final OrderResponses responses;

    OrderKeptReads(OrderResponses responses) {
        this.responses = responses;
    }

    @Override
    public @Nullable Object answer(String path, Supplier<@Nullable Authentication> callers, Locale locale) {
        if (!path.startsWith(PREFIX) || path.indexOf('/', PREFIX.length()) >= 0) {
            return null;
        }
        Authentication caller = callers.get();
        if (caller == null || !(caller.getPrincipal() instanceof AuthenticatedUser user) || !applicant(caller)) {
            return null;
        }
        try {
            return responses.full(OrderResponses.parse(path.substring(PREFIX.length())), user.id());
        } catch (NotFoundException e) {
            return null; // the whole chain answers the 404 as a problem detail
        }
    }

    /** As {@code @PreAuthorize("hasRole('APPLICANT')")} on {@link OrdersApi}. */
    private static boolean applicant(Authentication caller) {
        for (GrantedAuthority authority : caller.getAuthorities()) {
            if (APPLICANT.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
