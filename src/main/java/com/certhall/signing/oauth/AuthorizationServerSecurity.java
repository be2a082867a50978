package com.certhall.signing.oauth;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Authorization Server for the partner clients of the channels (docs/signing.md, "Who may call"): the
 * client credentials grant at {@code POST /oauth2/token} (RFC 6749 §4.4), token introspection (RFC 7662) and
 * revocation (RFC 7009) for the client's own tokens, opaque tokens. Its filter chain comes before every chain of the
 * application and answers only those three paths; the other endpoints the server knows (authorization code, device,
 * metadata) are not offered, so their paths stay with the application's chains. Partners who follow the CSC
 * {@code info} answer's base reach the same endpoint at {@code /csc/v2/oauth2/token}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurity {

    static final String TOKEN = "/oauth2/token";
    static final String CSC_TOKEN = "/csc/v2/oauth2/token";

    @Bean
    @Order(-10)
    SecurityFilterChain authorizationServer(HttpSecurity http, PartnerClientRegistrations clients,
            PartnerAuthorizations authorizations) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(TOKEN, "/oauth2/introspect", "/oauth2/revoke")
                .with(server, s -> s
                        .registeredClientRepository(clients)
                        .authorizationService(authorizations)
                        .clientAuthentication(c -> c
                                .authenticationProviders(providers -> providers.forEach(p -> {
                                    if (p instanceof ClientSecretAuthenticationProvider secrets) {
                                        secrets.setPasswordEncoder(PartnerClientRegistrations.SECRETS);
                                    }
                                }))
                                .errorResponseHandler(AuthorizationServerSecurity::clientRefused))
                        .tokenEndpoint(t -> t
                                .accessTokenRequestConverter(new ClientScopesByDefault())
                                .accessTokenResponseHandler((request, response, authentication) -> {
                                    // RFC 6749 §5.1: a token answer is never cached
                                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                                    response.setHeader(HttpHeaders.PRAGMA, "no-cache");
                                    new OAuth2AccessTokenResponseAuthenticationSuccessHandler()
                                            .onAuthenticationSuccess(request, response, authentication);
                                })))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.cacheControl(c -> c.disable()))
                // no client authentication at all: the same answer as a wrong one (RFC 6749 §5.2)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> clientRefused(
                        request, response, new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT))));
        return http.build();
    }

    /** RFC 6749 §5.2: {@code invalid_client} is 401 and names the scheme the client may authenticate with. */
    private static void clientRefused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError()
                : new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
        boolean client = OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode());
        ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
        answer.setStatusCode(client ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST);
        if (client) {
            answer.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"certhall\"");
        }
        // only the code: which of id and secret was wrong is not said
        HttpMessageConverter<OAuth2Error> json = new OAuth2ErrorHttpMessageConverter();
        json.write(new OAuth2Error(error.getErrorCode()), null, answer);
    }

    /**
     * RFC 6749 §3.3: a request without {@code scope} gets the client's scopes, the pre-defined default, rather than a
     * token that may do nothing.
     */
    static final class ClientScopesByDefault implements AuthenticationConverter {

        private final OAuth2ClientCredentialsAuthenticationConverter delegate =
                new OAuth2ClientCredentialsAuthenticationConverter();

        @Override
        public org.springframework.security.core.Authentication convert(HttpServletRequest request) {
            var asked = (OAuth2ClientCredentialsAuthenticationToken) delegate.convert(request);
            if (asked == null || !asked.getScopes().isEmpty()
                    || !(asked.getPrincipal() instanceof OAuth2ClientAuthenticationToken client)
                    || client.getRegisteredClient() == null) {
                return asked;
            }
            Set<String> scopes = new LinkedHashSet<>(client.getRegisteredClient().getScopes());
            return new OAuth2ClientCredentialsAuthenticationToken(client, scopes, asked.getAdditionalParameters());
        }
    }

    /** {@code /csc/v2/oauth2/token} is the token endpoint under the CSC base (docs/api.md). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cscTokenPath() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        return !CSC_TOKEN.equals(request.getServletPath());
                    }

                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        request.getRequestDispatcher(TOKEN).forward(request, response);
                    }
                });
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        // before Spring Security's filter, so the forwarded request meets the authorization server's chain
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
