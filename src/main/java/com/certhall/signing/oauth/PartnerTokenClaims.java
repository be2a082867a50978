package com.certhall.signing.oauth;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenClaimsContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What a partner's access token says besides its scopes (docs/signing.md, "Who may call"): the channel of its client,
 * which the CSC API checks against the client on every call, and its times from the application's clock, the one
 * clock every expiry here is measured by.
 */
@Component
class PartnerTokenClaims implements OAuth2TokenCustomizer<OAuth2TokenClaimsContext> {

    static final String CHANNEL = "channel";

    private final Clock clock;

    PartnerTokenClaims(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void customize(OAuth2TokenClaimsContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        Object channel = context.getRegisteredClient().getClientSettings()
                .getSetting(PartnerClientRegistrations.CHANNEL);
        Instant issuedAt = clock.instant();
        context.getClaims().claim(CHANNEL, channel).issuedAt(issuedAt).notBefore(issuedAt)
                .expiresAt(issuedAt.plus(context.getRegisteredClient().getTokenSettings().getAccessTokenTimeToLive()));
    }
}
