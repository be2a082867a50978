package com.certhall.signing.rest;

import com.certhall.signing.domain.PartnerPrincipal;
import com.certhall.signing.domain.PartnerRateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each partner's requests per minute (docs/signing.md, "Rate limits"), counted once the partner is known, on every
 * chain a partner calls (the CSC API and the partner orders); one budget per client across them.
 */
final class PartnerRateLimitFilter extends OncePerRequestFilter {

    /** Writes the 429 in the chain's own error shape. */
    interface Refusal {

        void write(HttpServletRequest request, HttpServletResponse response, int perMinute, long seconds)
                throws IOException;
    }

    private final PartnerRateLimits limits;
    private final Refusal refusal;

    PartnerRateLimitFilter(PartnerRateLimits limits, Refusal refusal) {
        this.limits = limits;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.getPrincipal() instanceof PartnerPrincipal partner) {
            Optional<Duration> wait = limits.take(partner.clientId(), partner.ratePerMinute());
            if (wait.isPresent()) {
                // RFC 6585 §4: too many requests, with the seconds until the next one is allowed
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                refusal.write(request, response, partner.ratePerMinute(), seconds);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
