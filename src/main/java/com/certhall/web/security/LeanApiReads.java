package com.certhall.web.security;

import com.certhall.web.ApiTokens;
import com.certhall.web.KeptReads;
import com.certhall.web.LeanAnswers;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The lean path of the API's kept reads (docs/security.md, "Lean API reads"; docs/benchmarks.md, applicant API): a
 * plain {@code GET /api/v1/…} — no query string, only letters, digits, "-", "_" and "/" in the path, JSON
 * acceptable, no {@code Origin}, no credentials but a bearer token — is offered to the modules' {@link KeptReads}
 * before Spring Security's filter chain, the session and Spring MVC. The bearer token is checked as the API chain
 * checks it ({@link ApiTokens}); the answer carries the headers the API chain writes (Spring Security's defaults:
 * no caching, nosniff, frame DENY, HSTS on secure requests). Whatever no module answers goes on through the whole
 * chain unchanged. Lean answers are not timed in {@code http.server.requests}.
 */
class LeanApiReads extends HttpFilter {

    static final String PREFIX = "/api/v1/";
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final List<KeptReads> reads;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    LeanApiReads(ApiTokens tokens, List<KeptReads> reads, ObjectMapper json, LocaleResolver locales) {
        this.tokens = tokens;
        this.reads = List.copyOf(reads);
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = plainGet(request);
        Object answer = path == null ? null : answer(path, request);
        if (answer == null) {
            chain.doFilter(request, response);
            return;
        }
        LeanAnswers.writeJson(request, response, HttpServletResponse.SC_OK, json.writeValueAsBytes(answer));
    }

    private @Nullable Object answer(String path, HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null; // other credentials: the whole chain
        }
        Supplier<@Nullable Authentication> caller = new Supplier<>() {
            private boolean checked;
            private @Nullable Authentication owner;

            @Override
            public @Nullable Authentication get() {
                if (!checked && authorization != null) {
                    owner = tokens.authenticate(authorization.substring(BEARER.length())).orElse(null);
                }
                checked = true;
                return owner;
            }
        };
        Locale locale = locales.resolveLocale(request);
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            for (KeptReads read : reads) {
                Object answer = read.answer(path, caller, locale);
                if (answer != null) {
                    return answer;
                }
            }
            return null;
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    /** The path of a plain GET of the API this path may answer, else null. */
    static @Nullable String plainGet(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getParameterNames().hasMoreElements() // parameters set other than by a query string
                || request.getHeader(HttpHeaders.ORIGIN) != null
                || !LeanAnswers.acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX) || path.contains("//") || path.endsWith("/")) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '/')) {
                return null;
            }
        }
        return path;
    }

    /** On unless {@code certhall.api.lean-reads=false} (docs/configuration.md): then every read takes the chain. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "certhall.api.lean-reads", havingValue = "true", matchIfMissing = true)
    static class Registration {

        @Bean
        FilterRegistrationBean<LeanApiReads> leanApiReads(ApiTokens tokens, List<KeptReads> reads, ObjectMapper json,
                LocaleResolver localeResolver) {
            FilterRegistrationBean<LeanApiReads> registration =
                    new FilterRegistrationBean<>(new LeanApiReads(tokens, reads, json, localeResolver));
            registration.addUrlPatterns(PREFIX + "*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setName("leanApiReads");
            return registration;
        }
    }
}
