package com.certhall.signing.rest;

import com.certhall.signing.domain.PartnerPrincipal;
import com.certhall.signing.domain.PartnerRateLimits;
import com.certhall.signing.oauth.PartnerTokenIntrospector;
import com.certhall.web.ProblemDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may call {@code /api/v1/partner/**} (docs/api.md, "Partner orders"): only a partner client, with its opaque
 * access token from the authorization server ({@code signing.oauth}) carrying the scope {@code orders:read}, under
 * its requests per minute. Stateless; before the applicants' API chain, which would take any other bearer token.
 * Refusals are problem details like the rest of the API, with RFC 6750 §3 {@code WWW-Authenticate} challenges.
 */
@Configuration(proxyBeanMethods = false)
class PartnerApiSecurity {

    static final String SCOPE = "orders:read";

    @Bean
    @Order(-1)
    SecurityFilterChain partnerApi(HttpSecurity http, PartnerTokenIntrospector partners, PartnerRateLimits limits,
            ProblemDetails problems, ObjectMapper json, LocaleResolver locales) throws Exception {
        OpaqueTokenAuthenticationProvider tokens = new OpaqueTokenAuthenticationProvider(partners);
        tokens.setAuthenticationConverter(partners::authentication);
        ProviderManager bearer = new ProviderManager(tokens);
        Problems answer = new Problems(problems, json, locales);
        http.securityMatcher("/api/v1/partner/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(o -> o
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint((request, response, e) -> answer.unauthenticated(request,
                                response)))
                .addFilterAfter(new PartnerRateLimitFilter(limits, (request, response, perMinute, seconds) ->
                        answer.write(request, response, 429, "signing.error.partnerRateLimited", null,
                                perMinute, seconds)), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .anyRequest().access((who, context) -> new AuthorizationDecision(readsOrders(who.get()))))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> answer.unauthenticated(request,
                                response))
                        .accessDeniedHandler((request, response, ex) -> answer.write(request, response, 403,
                                "signing.error.insufficientScope", "insufficient_scope", SCOPE)));
        return http.build();
    }

    private static boolean readsOrders(@Nullable Authentication who) {
        return who != null && who.isAuthenticated() && who.getPrincipal() instanceof PartnerPrincipal partner
                && partner.scopes().contains(SCOPE);
    }

    private record Problems(ProblemDetails problems, ObjectMapper json, LocaleResolver locales) {

        void unauthenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
            // RFC 6750 §3.1: no error code when the request carried no token at all
            write(request, response, 401, "signing.error.partnerToken",
                    request.getHeader(HttpHeaders.AUTHORIZATION) == null ? null : "invalid_token");
        }

        void write(HttpServletRequest request, HttpServletResponse response, int status, String key,
                @Nullable String error, Object... args) throws IOException {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            if (status == 401 || status == 403) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, error == null ? "Bearer" : "Bearer error=\"" + error
                        + "\"" + (status == 403 ? ", scope=\"" + SCOPE + "\"" : ""));
            }
            ProblemDetail problem = problems.problem(status, key, args, List.of(), locales.resolveLocale(request));
            if (error != null) {
                problem.setProperty("error", error);
            }
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
