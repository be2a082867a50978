package com.certhall.web.security;

import com.certhall.web.ApiTokens;
import com.certhall.web.ProblemDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Four filter chains. Actuator endpoints: {@code health} for everyone, every other endpoint ({@code info},
 * {@code metrics}, {@code prometheus} …) for ADMIN only, by session or bearer token (docs/security.md). The JSON API under {@code /api/**}: stateless, bearer tokens from the accounts module, no
 * CSRF, 401/403 as problem details; {@code /api/v1/admin/**} needs a staff token and each endpoint checks its role
 * with {@code @PreAuthorize}. The staff console under {@code /admin/**} with its own login page. The pages:
 * sessions, CSRF, session id changed at login, security headers. Logins themselves are handled by the accounts
 * module's pages, which store the authenticated user in the session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] PUBLIC_API = {
            "/api/v1/captchas", "/api/v1/sms-challenges", "/api/v1/accounts", "/api/v1/tokens",
            "/api/v1/password-resets", "/api/v1/channels", "/api/v1/channels/**", "/api/v1/order-queries",
            "/api/v1/certificate-queries", "/api/v1/certificate-queries/**",
            "/api/v1/payments/callbacks/**", "/api/v1/help", "/api/v1/mobile-change-requests",
            "/api/v1/mobile-change-requests/**", "/api/v1/invoice-queries", "/api/v1/invoice-queries/**",
            "/api/v1/support/contact-codes", "/api/v1/support/visitor-conversations",
            "/api/v1/support/visitor-conversations/**",
            // 验章/验签 is for whoever received a sealed PDF (docs/seals.md "Verifying")
            "/api/v1/signature-checks", "/api/v1/seal-verifications"};

    static final String[] PUBLIC_PAGES = {
            "/", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/pki/**", "/sandbox/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/login", "/login/**", "/register", "/register/**", "/forgot-password", "/order-query", "/certificate-query",
            "/certificate-query/**", "/apply", "/apply/**",
            "/help", "/help/**", "/authorize/**", "/invoices", "/invoices/*/pdf", "/invoices/*/xml", "/support",
            "/support/**", "/account-recovery/**",
            // the QR a partner shows for scan-to-sign; the phone page itself needs the holder signed in (docs/signing.md)
            "/sign/*/qr", "/sign/*/qr.png",
            // 验章/验签 (docs/seals.md "Verifying")
            "/seals/verify"};

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; frame-ancestors 'self'; form-action 'self'";

    /**
     * No Spring Security observations: they wrap every filter of every chain in a timed observation, which cost more
     * per API read than the read itself (docs/benchmarks.md); {@code http.server.requests} still times each request.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemResponses problemResponses(ProblemDetails problems, ObjectMapper json, LocaleResolver locales) {
        return new ProblemResponses(problems, json, locales);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless: no saved request to replay after a login, and no /logout under /api (a token is
                // ended by DELETE /api/v1/tokens), so two filters less on every call (docs/benchmarks.md)
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // logging out needs the token it ends; every other call here is public
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/tokens").authenticated()
                        .requestMatchers(PUBLIC_API).permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("STAFF")
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        // by path, not by exposed endpoint, so an endpoint exposed later (prometheus) is never open by default
        http.securityMatcher("/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain admin(HttpSecurity http) throws Exception {
        http.securityMatcher("/admin", "/admin/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/login").permitAll()
                        .anyRequest().hasRole("STAFF"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint("/admin/login")))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/account", "/account/**").hasRole("APPLICANT")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/pki/**", "/sandbox/api/**"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
