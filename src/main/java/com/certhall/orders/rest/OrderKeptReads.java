package com.certhall.orders.rest;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.shared.NotFoundException;
import com.certhall.web.KeptReads;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
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
        if (caller == null || !(caller.getPrincipal() instanceof AuthenticatedUser user)
                || !user.isApplicant()) { // as @PreAuthorize("hasRole('APPLICANT')") on OrdersApi
            return null;
        }
        try {
            return responses.full(OrderResponses.parse(path.substring(PREFIX.length())), user.id());
        } catch (NotFoundException e) {
            return null; // the whole chain answers the 404 as a problem detail
        }
    }
}
