package com.certhall.support.web;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.shared.NotFoundException;
import com.certhall.support.conversation.Customer;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who the support pages talk to: the signed-in applicant, else the visitor whose contact mobile this browser
 * session proved by SMS code (kept in the session only), else nobody yet.
 */
final class SupportVisitor {

    static final String PROVEN_MOBILE = SupportVisitor.class.getName() + ".mobile";
    private static final Pattern ORDER_PAGE = Pattern.compile("^/orders/([0-9a-fA-F-]{36})(/.*)?$");

    private SupportVisitor() {
    }

    static Optional<Customer> of(HttpSession session) {
        Optional<AuthenticatedUser> user = AuthenticatedUser.current().filter(AuthenticatedUser::isApplicant);
        if (user.isPresent()) {
            return Optional.of(Customer.applicant(user.get().id()));
        }
        return Optional.ofNullable((String) session.getAttribute(PROVEN_MOBILE)).map(Customer::visitor);
    }

    /** Who asks for the conversation {@code id}; nobody yet is answered as if the conversation did not exist. */
    static Customer of(HttpSession session, Object conversation) {
        return of(session).orElseThrow(() -> new NotFoundException("conversation", conversation));
    }

    /** The order of the page the conversation was started from ({@code /orders/{id}/…}), if it was an order page. */
    static @Nullable UUID orderOf(@Nullable String from) {
        if (from == null) {
            return null;
        }
        Matcher m = ORDER_PAGE.matcher(from);
        if (!m.matches()) {
            return null;
        }
        try {
            return UUID.fromString(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String embed(boolean embed) {
        return embed ? "?embed=1" : "";
    }
}
