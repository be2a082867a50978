package com.certhall.signing.rest;

import com.certhall.shared.Caller;
import com.certhall.shared.ProblemException;
import com.certhall.signing.domain.CscException;
import com.certhall.signing.domain.HashSigning;
import com.certhall.signing.domain.PartnerPrincipal;
import com.certhall.signing.domain.PartnerRateLimits;
import com.certhall.signing.oauth.PartnerTokenIntrospector;
import com.certhall.web.ApiTokens;
import com.certhall.web.LeanAnswers;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The lean path of {@code signatures/signHash} (docs/signing.md, "Speed"; docs/security.md, "Lean signHash"): a plain
 * call — {@code POST} without a query string or {@code Origin}, a JSON body of declared length, JSON acceptable, a
 * bearer token — is answered before Spring Security's chain, the session and Spring MVC, by the same rules in the same
 * order: the CSC chain's token check ({@link CscSecurity#bearerTokens}) and its scope rule
 * ({@link CscSecurity#signs}), the partner's rate limit, the application's strict JSON reader, the endpoint's own
 * call ({@link CscSignaturesApi#signatures}) and its CSC error answers ({@link CscErrors}). Whatever it does not
 * answer — an unknown token, a missing scope, a spent rate limit, a body the reader refuses, any failure but a CSC
 * refusal — goes on through the whole chain with its body replayed, so the chain's answer is the only answer to
 * those. A refused rate limit takes nothing from the budget, so the chain counts that request once. Lean answers are
 * not timed in {@code http.server.requests}; every signing act is in the signature log.
 */
final class LeanSignHash extends HttpFilter {

    static final String PATH = "/csc/v2/signatures/signHash";
    /** 1000 SHA-512 hashes in Base64 with the rest of the request fit in far less. */
    private static final int MAX_BODY = 1 << 20;
    /** The chain's own reading of the {@code Authorization} header (RFC 6750 §2.1). */
    private static final BearerTokenResolver BEARER_TOKENS = new DefaultBearerTokenResolver();

    private final AuthenticationManager tokens;
    private final PartnerRateLimits limits;
    private final HashSigning signing;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    LeanSignHash(AuthenticationManager tokens, PartnerRateLimits limits, HashSigning signing, ObjectMapper json,
            LocaleResolver locales) {
        this.tokens = tokens;
        this.limits = limits;
        this.signing = signing;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = plain(request) ? bearerToken(request) : null;
        byte[] body = token == null ? null : LeanAnswers.body(request, MAX_BODY);
        if (token == null || body == null) {
            chain.doFilter(request, response);
        } else if (!answered(request, response, body, token)) {
            chain.doFilter(LeanAnswers.replaying(request, body), response);
        }
    }

    /** The request this path may answer: the endpoint's own, plainly made. */
    private static boolean plain(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getQueryString() == null
                && request.getRequestURI().equals(request.getContextPath() + PATH)
                && request.getHeader(HttpHeaders.ORIGIN) == null
                && LeanAnswers.isJsonUtf8(request.getContentType())
                && LeanAnswers.acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
    }

    /** The bearer token as the chain reads it, or null: none, or malformed (the chain's 401). */
    private static @Nullable String bearerToken(HttpServletRequest request) {
        try {
            return BEARER_TOKENS.resolve(request);
        } catch (AuthenticationException e) {
            return null;
        }
    }

    /** Answers the call and says so, or leaves it (having changed nothing) to the whole chain. */
    private boolean answered(HttpServletRequest request, HttpServletResponse response, byte[] body, String token)
            throws IOException {
        CscJson.SignHashRequest call;
        try {
            call = json.readValue(body, CscJson.SignHashRequest.class);
        } catch (JacksonException e) {
            return false;
        }
        Authentication who;
        try {
            who = tokens.authenticate(new BearerTokenAuthenticationToken(token));
        } catch (RuntimeException e) {
            // refused, or the check failed: the chain checks again and answers as it always has
            return false;
        }
        if (who == null || !CscSecurity.signs(who) || !(who.getPrincipal() instanceof Caller caller)) {
            return false;
        }
        if (caller instanceof PartnerPrincipal partner
                && limits.take(partner.clientId(), partner.ratePerMinute()).isPresent()) {
            return false;
        }
        @Nullable List<byte[]> signed = null;
        @Nullable ResponseEntity<CscJson.Error> refused = null;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            signed = CscSignaturesApi.signatures(signing, call, caller);
        } catch (CscException e) {
            refused = CscErrors.answer(e);
        } catch (ProblemException e) {
            refused = CscErrors.answer(e);
        } catch (RuntimeException e) {
            // rolled back: the whole chain makes the call again and answers as it always has
            return false;
        } finally {
            SecurityContextHolder.clearContext();
            LocaleContextHolder.setLocale(before);
        }
        // written after the call: a failure to write is not a failure to sign, so it never sends the call again
        if (refused == null) {
            LeanAnswers.writeJson(request, response, HttpServletResponse.SC_OK,
                    CscJson.SignHashResponse.json(Objects.requireNonNull(signed)));
            return true;
        }
        refused.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        LeanAnswers.writeJson(request, response, refused.getStatusCode().value(),
                json.writeValueAsBytes(refused.getBody()));
        return true;
    }

    /** On unless {@code certhall.csc.lean-sign-hash=false} (docs/configuration.md): then every call takes the chain. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "certhall.csc.lean-sign-hash", havingValue = "true", matchIfMissing = true)
    static class Registration {

        @Bean
        FilterRegistrationBean<LeanSignHash> leanSignHash(ApiTokens holders, PartnerTokenIntrospector partners,
                PartnerRateLimits limits, HashSigning signing, ObjectMapper json, LocaleResolver localeResolver) {
            FilterRegistrationBean<LeanSignHash> registration = new FilterRegistrationBean<>(new LeanSignHash(
                    CscSecurity.bearerTokens(holders, partners), limits, signing, json, localeResolver));
            registration.addUrlPatterns(PATH);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setName("leanSignHash");
            return registration;
        }
    }
}
