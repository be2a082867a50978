package com.certhall.signing.oauth;

import com.certhall.signing.domain.Secrets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorizations Spring Authorization Server grants partner clients, in {@code signing_partner_token}: one row
 * per access token, the token kept only as its SHA-256 (docs/signing.md, "Who may call"). A token is found only while
 * its client is live, so revoking a client ends its tokens at once, and {@code PartnerClients} deletes a client's rows
 * when it rotates the secret. Revocation (RFC 7009) saves the authorization with the token invalidated: its row goes.
 */
@Component
@Transactional
class PartnerAuthorizations implements OAuth2AuthorizationService {

    private final JdbcClient jdbc;
    private final PartnerClientRegistrations clients;
    private final Clock clock;

    PartnerAuthorizations(JdbcClient jdbc, PartnerClientRegistrations clients, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getAccessToken();
        if (token == null) {
            throw new IllegalArgumentException("a partner authorization carries an access token");
        }
        String hash = Secrets.hash(token.getToken().getTokenValue());
        jdbc.sql("DELETE FROM signing_partner_token WHERE token_hash = ?").param(hash).update();
        if (token.isInvalidated()) {
            return;
        }
        Instant issuedAt = token.getToken().getIssuedAt();
        Instant expiresAt = token.getToken().getExpiresAt();
        if (issuedAt == null || expiresAt == null) {
            throw new IllegalArgumentException("a partner token has an issue and an expiry time");
        }
        Map<String, Object> claims = token.getClaims();
        Object channel = claims == null ? null : claims.get(PartnerTokenClaims.CHANNEL);
        if (channel == null) {
            throw new IllegalArgumentException("a partner token is bound to its client's channel");
        }
        // expired rows of this client go when it gets a new one, so the table holds only live tokens and a few
        jdbc.sql("DELETE FROM signing_partner_token WHERE client_id = ? AND expires_at < ?")
                .params(authorization.getRegisteredClientId(), utc(clock.instant())).update();
        jdbc.sql("INSERT INTO signing_partner_token (token_hash, authorization_id, client_id, channel_code, scopes, "
                        + "issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(hash, authorization.getId(), authorization.getRegisteredClientId(), channel.toString(),
                        String.join(" ", token.getToken().getScopes()), utc(issuedAt), utc(expiresAt))
                .update();
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        jdbc.sql("DELETE FROM signing_partner_token WHERE authorization_id = ?").param(authorization.getId())
                .update();
    }

    /**
     * The authorization without its token: only the token's hash is kept, so the value cannot be given back. The
     * client credentials grant, introspection and revocation find authorizations by token, not by id.
     */
    @Override
    @Transactional(readOnly = true)
    public @Nullable OAuth2Authorization findById(String id) {
        return jdbc.sql("SELECT authorization_id, client_id, scopes FROM signing_partner_token "
                        + "WHERE authorization_id = ?").param(id)
                .query((rs, n) -> new Row(rs.getString("authorization_id"), rs.getString("client_id"),
                        rs.getString("scopes"), null, null, null))
                .optional().flatMap(row -> Optional.ofNullable(clients.findById(row.clientId()))
                        .map(client -> authorization(row, client, null))).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        if (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            return null;
        }
        return live(token).map(Live::authorization).orElse(null);
    }

    /** A stored token with its live client, as the CSC API's bearer check needs both. */
    @Transactional(readOnly = true)
    Optional<Live> live(String token) {
        return jdbc.sql("SELECT authorization_id, client_id, channel_code, scopes, issued_at, expires_at "
                        + "FROM signing_partner_token WHERE token_hash = ?").param(Secrets.hash(token))
                .query((rs, n) -> new Row(rs.getString("authorization_id"), rs.getString("client_id"),
                        rs.getString("scopes"), rs.getString("channel_code"),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional().flatMap(row -> {
                    RegisteredClient client = clients.findById(row.clientId());
                    // a revoked client: its tokens count for nothing
                    return client == null ? Optional.empty()
                            : Optional.of(new Live(authorization(row, client, token), client));
                });
    }

    record Live(OAuth2Authorization authorization, RegisteredClient client) {
    }

    /**
     * What a CSC or partner API request's bearer check needs, in one statement and no transaction: the stored token
     * joined to its client while that client is live (the same rule as {@link #live}, which the authorization
     * server's own endpoints use).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Optional<Bearer> bearer(String token) {
        return jdbc.sql("SELECT t.channel_code AS token_channel, t.scopes, t.issued_at, t.expires_at, c.client_id, "
                        + "c.name, c.channel_code AS client_channel, c.rate_per_minute, c.webhook_url "
                        + "FROM signing_partner_token t JOIN signing_partner_client c ON c.client_id = t.client_id "
                        + "WHERE t.token_hash = ? AND c.revoked_at IS NULL").param(Secrets.hash(token))
                .query((rs, n) -> new Bearer(rs.getString("client_id"), rs.getString("name"),
                        rs.getString("client_channel"), rs.getString("token_channel"),
                        List.of(rs.getString("scopes").split(" ")),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getInt("rate_per_minute"),
                        rs.getString("webhook_url") != null))
                .optional();
    }

    /** A stored token of a live client, as its bearer check reads it. */
    record Bearer(String clientId, String clientName, String clientChannel, String tokenChannel, List<String> scopes,
            Instant issuedAt, Instant expiresAt, int ratePerMinute, boolean webhook) {

        @Override
        public String toString() {
            return "Bearer[" + clientId + ", " + tokenChannel + "]";
        }
    }

    private static OAuth2Authorization authorization(Row row, RegisteredClient client, @Nullable String tokenValue) {
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(row.scopes().split(" ")));
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client).id(row.id())
                .principalName(client.getClientId())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .authorizedScopes(scopes);
        if (tokenValue != null && row.issuedAt() != null && row.expiresAt() != null && row.channel() != null) {
            Map<String, Object> claims = Map.of("client_id", client.getClientId(), PartnerTokenClaims.CHANNEL,
                    row.channel(), "scope", scopes, "iat", row.issuedAt(), "exp", row.expiresAt());
            builder.token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, tokenValue, row.issuedAt(),
                    row.expiresAt(), scopes),
                    metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims));
        }
        return builder.build();
    }

    private record Row(String id, String clientId, String scopes, @Nullable String channel,
            @Nullable Instant issuedAt, @Nullable Instant expiresAt) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
