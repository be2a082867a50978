package com.certhall.signing.rest;

import com.certhall.signing.domain.PartnerClients;
import com.certhall.signing.domain.PartnerPrincipal;
import com.certhall.signing.domain.PartnerRateLimits;
import com.certhall.web.ApiTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call {@code /csc/**} (docs/signing.md, "Who may call"): stateless, a bearer token of a holder (the accounts
 * module's tokens) or of a partner client ({@link PartnerClients}); {@code info} and the token endpoint (also at
 * {@code /oauth2/token}) are open. Refusals answer in the CSC error shape.
 */
@Configuration(proxyBeanMethods = false)
class CscSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain csc(HttpSecurity http, ApiTokens holders, PartnerClients partners,
            PartnerRateLimits limits, ObjectMapper json) throws Exception {
        http.securityMatcher("/csc/**", "/oauth2/token")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new Bearer(holders, partners, limits, json), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/csc/v2/info", "/csc/v2/oauth2/token", "/oauth2/token")
                        .permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> write(json, response, 401,
                                "invalid_token", "A valid bearer access token is required"))
                        .accessDeniedHandler((request, response, ex) -> write(json, response, 403,
                                "access_denied", "Not allowed")));
        return http.build();
    }

    private static void write(ObjectMapper json, HttpServletResponse response, int status, String error,
            String description) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + error + "\"");
        }
        json.writeValue(response.getOutputStream(), new CscJson.Error(error, description));
    }

    /** A holder's token first, then a partner's; an unknown token leaves the request anonymous (401). */
    static final class Bearer extends OncePerRequestFilter {

        private final ApiTokens holders;
        private final PartnerClients partners;
        private final PartnerRateLimits limits;
        private final ObjectMapper json;

        Bearer(ApiTokens holders, PartnerClients partners, PartnerRateLimits limits, ObjectMapper json) {
            this.holders = holders;
            this.partners = partners;
            this.limits = limits;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = header.substring(7).strip();
                Optional<Authentication> who = holders.authenticate(token).or(() -> partners.authenticate(token)
                        .map(p -> {
                            List<GrantedAuthority> authorities = new ArrayList<>();
                            authorities.add(new SimpleGrantedAuthority("ROLE_PARTNER"));
                            p.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
                            return UsernamePasswordAuthenticationToken.authenticated(p, null, authorities);
                        }));
                if (who.isPresent() && who.get().getPrincipal() instanceof PartnerPrincipal partner) {
                    Optional<Duration> wait = limits.take(partner.clientId(), partner.ratePerMinute());
                    if (wait.isPresent()) {
                        // RFC 6585 §4: too many requests, with the seconds until the next one is allowed
                        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                        write(json, response, 429, "rate_limited", "More than " + partner.ratePerMinute()
                                + " requests a minute; retry after " + seconds + " s");
                        return;
                    }
                }
                who.ifPresent(a -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(a);
                    SecurityContextHolder.setContext(context);
                });
            }
            chain.doFilter(request, response);
        }
    }
}
