package com.certhall.signing.oauth;

import com.certhall.signing.domain.PartnerClients;
import com.certhall.signing.domain.PartnerPrincipal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * The resource side of a partner's opaque access token (docs/signing.md, "Who may call"): introspected in process
 * against the authorizations the authorization server stored (RFC 7662's answers, without the HTTP round trip). A
 * token is active while it is stored, its client is live, the application's clock is before its expiry and its
 * channel is its client's; {@link #authentication} makes the {@link PartnerPrincipal} the CSC API works with.
 */
@Component
public class PartnerTokenIntrospector implements OpaqueTokenIntrospector {

    private final PartnerAuthorizations authorizations;
    private final Clock clock;

    PartnerTokenIntrospector(PartnerAuthorizations authorizations, Clock clock) {
        this.authorizations = authorizations;
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        PartnerAuthorizations.Bearer bearer = authorizations.bearer(token)
                .orElseThrow(() -> new BadOpaqueTokenException("The access token is unknown or revoked"));
        if (!clock.instant().isBefore(bearer.expiresAt())) {
            throw new BadOpaqueTokenException("The access token expired");
        }
        if (!bearer.tokenChannel().equals(bearer.clientChannel())) {
            throw new BadOpaqueTokenException("The access token is not of its client's channel");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("active", true);
        attributes.put("client_id", bearer.clientId());
        attributes.put("client_name", bearer.clientName());
        attributes.put(PartnerTokenClaims.CHANNEL, bearer.tokenChannel());
        attributes.put("scope", bearer.scopes());
        attributes.put("iat", bearer.issuedAt());
        attributes.put("exp", bearer.expiresAt());
        attributes.put(PartnerClientRegistrations.RATE_PER_MINUTE, bearer.ratePerMinute());
        attributes.put(PartnerClientRegistrations.WEBHOOK, bearer.webhook());
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_PARTNER"));
        bearer.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        return new OAuth2IntrospectionAuthenticatedPrincipal(bearer.clientId(), attributes, authorities);
    }

    /** The partner as the controllers' {@code Caller}, with the authorities of its token's scopes. */
    public Authentication authentication(String token, OAuth2AuthenticatedPrincipal principal) {
        List<?> scopes = principal.getAttribute("scope");
        Set<String> granted = new LinkedHashSet<>();
        if (scopes != null) {
            scopes.forEach(s -> granted.add(s.toString()));
        }
        Integer rate = principal.getAttribute(PartnerClientRegistrations.RATE_PER_MINUTE);
        Boolean webhook = principal.getAttribute(PartnerClientRegistrations.WEBHOOK);
        PartnerPrincipal partner = new PartnerPrincipal(UUID.fromString(principal.getName()),
                String.valueOf(principal.<Object>getAttribute(PartnerTokenClaims.CHANNEL)),
                String.valueOf(principal.<Object>getAttribute("client_name")), granted,
                rate == null ? PartnerClients.DEFAULT_RATE_PER_MINUTE : rate, webhook);
        return UsernamePasswordAuthenticationToken.authenticated(partner, null, principal.getAuthorities());
    }
}
