package com.certhall.signing.oauth;

import com.certhall.signing.domain.PartnerClients;
import com.certhall.signing.domain.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The partner clients of the channels as Spring Authorization Server sees them (docs/signing.md, "Who may call"):
 * read from {@code signing_partner_client} on every token request, so a new client, a rotated secret and a revoked
 * client take effect at once. The stored secret is its SHA-256 ({@link #SECRETS}); the client credentials grant
 * only, by HTTP Basic or in the form (RFC 6749 §2.3.1), for opaque tokens of {@link PartnerClients#TOKEN_LIFETIME}.
 */
@Component
class PartnerClientRegistrations implements RegisteredClientRepository {

    /** The client's channel, bound into each of its tokens. */
    static final String CHANNEL = "certhall.channel";
    static final String RATE_PER_MINUTE = "certhall.rate-per-minute";
    static final String WEBHOOK = "certhall.webhook";

    /**
     * A client secret is 256 random bits, so one SHA-256 is a sound stored form (docs/signing.md); the comparison
     * is in constant time.
     */
    static final PasswordEncoder SECRETS = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return Secrets.hash(raw.toString());
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw != null && encoded != null && Secrets.matches(raw.toString(), encoded);
        }
    };

    private final PartnerClients clients;

    PartnerClientRegistrations(PartnerClients clients) {
        this.clients = clients;
    }

    /**
     * Clients are made, rotated and revoked by their channel's admin through {@link PartnerClients}, which audits
     * each change; the authorization server only reads them (it would write back only to re-encode a secret, which
     * {@link #SECRETS} never asks for).
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("partner clients are changed through PartnerClients");
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return clients.registration(clientId).map(PartnerClientRegistrations::registered).orElse(null);
    }

    private static RegisteredClient registered(PartnerClients.Registration client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientIdIssuedAt(client.createdAt())
                .clientSecret(client.secretHash())
                .clientName(client.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(ClientSettings.builder().setting(CHANNEL, client.channel())
                        .setting(RATE_PER_MINUTE, client.ratePerMinute()).setting(WEBHOOK, client.webhook()).build())
                .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.REFERENCE)
                        .accessTokenTimeToLive(PartnerClients.TOKEN_LIFETIME).build())
                .build();
    }
}
