package com.certhall.signing.rest;

import com.certhall.signing.domain.PartnerPrincipal;
import com.certhall.signing.domain.PartnerRateLimits;
import com.certhall.signing.oauth.PartnerTokenIntrospector;
import com.certhall.web.ApiTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call {@code /csc/**} (docs/signing.md, "Who may call"): stateless, a resource server for bearer tokens — a
 * holder's (the accounts module's tokens) or a partner client's opaque token from the authorization server
 * ({@code signing.oauth}), which must carry the scope {@code signing}. {@code info} is open; the token endpoint has
 * a chain of its own. Refusals answer in the CSC error shape; RFC 6750 §3.1 names them.
 */
@Configuration(proxyBeanMethods = false)
class CscSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain csc(HttpSecurity http, ApiTokens holders, PartnerTokenIntrospector partners,
            PartnerRateLimits limits, ObjectMapper json) throws Exception {
        AuthenticationManager bearer = bearerTokens(holders, partners);
        http.securityMatcher("/csc/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(o -> o
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint((request, response, ex) -> write(json, response, 401,
                                "invalid_token", "A valid bearer access token is required", null)))
                .addFilterAfter(new PartnerRateLimitFilter(limits, (request, response, perMinute, seconds) ->
                        write(json, response, 429, "rate_limited", "More than " + perMinute
                                + " requests a minute; retry after " + seconds + " s", null)),
                        BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/csc/v2/info").permitAll()
                        // a partner's token must carry the scope signing; a holder signs with their own token
                        .anyRequest().access((who, context) -> new AuthorizationDecision(signs(who.get()))))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> write(json, response, 401,
                                "invalid_token", "A valid bearer access token is required", null))
                        .accessDeniedHandler((request, response, ex) -> {
                            Authentication who = SecurityContextHolder.getContext().getAuthentication();
                            if (who != null && who.getPrincipal() instanceof PartnerPrincipal) {
                                write(json, response, 403, "insufficient_scope",
                                        "The access token lacks scope signing", "signing");
                            } else {
                                write(json, response, 403, "access_denied", "Not allowed", null);
                            }
                        }));
        return http.build();
    }

    /** A holder's own token first, else a partner client's opaque token; the lean {@code signHash} asks the same. */
    static AuthenticationManager bearerTokens(ApiTokens holders, PartnerTokenIntrospector partners) {
        OpaqueTokenAuthenticationProvider partnerTokens = new OpaqueTokenAuthenticationProvider(partners);
        partnerTokens.setAuthenticationConverter(partners::authentication);
        return new ProviderManager(new HolderTokens(holders), partnerTokens);
    }

    /** Who may call the CSC methods other than {@code info}. */
    static boolean signs(Authentication who) {
        if (who == null || !who.isAuthenticated()) {
            return false;
        }
        if (who.getPrincipal() instanceof PartnerPrincipal partner) {
            return partner.scopes().contains("signing");
        }
        return who.getAuthorities().stream().noneMatch(a -> "ROLE_ANONYMOUS".equals(a.getAuthority()));
    }

    private static void write(ObjectMapper json, HttpServletResponse response, int status, String error,
            String description, String scope) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (status == 401 || status == 403 && scope != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + error + "\""
                    + (scope == null ? "" : ", scope=\"" + scope + "\""));
        }
        json.writeValue(response.getOutputStream(), new CscJson.Error(error, description));
    }

    /** A holder's own bearer token; anything else is left to the partner tokens' introspection. */
    private record HolderTokens(ApiTokens holders) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            return holders.authenticate(((BearerTokenAuthenticationToken) authentication).getToken()).orElse(null);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
