package com.certhall.signing.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.catalog.CatalogManagement;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner systems of a channel (docs/signing.md, "Partners"): staff create a client for a channel and see its secret
 * once; Spring Authorization Server trades id and secret for an opaque bearer token (OAuth 2.0 client credentials
 * grant, RFC 6749 §4.4, {@code signing.oauth}) that lives {@link #TOKEN_LIFETIME}. Secrets and tokens are stored only
 * as hashes; a revoked client's tokens stop at once, and so do the tokens of a client whose secret is rotated. Every
 * change by staff is audited ({@code signing.partner.*}).
 */
@Service
@Transactional
public class PartnerClients {

    public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    /** Scopes a client may hold: {@code signing} (the CSC API) and {@code orders:read}. */
    public static final Set<String> SCOPES = Set.of("signing", "orders:read");
    /** Requests per minute of a client unless its admin sets another (docs/signing.md, "Rate limits"). */
    public static final int DEFAULT_RATE_PER_MINUTE = 120;
    public static final int MAX_RATE_PER_MINUTE = 6000;

    private final JdbcClient jdbc;
    private final CatalogManagement catalog;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerClients(JdbcClient jdbc, CatalogManagement catalog, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** A client as its channel's admin page lists it; no secret. */
    public record ClientView(UUID clientId, String channel, String name, Set<String> scopes, int ratePerMinute,
            @Nullable String webhookUrl, String createdBy, Instant createdAt, @Nullable Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new client; {@code secret} is shown this once. */
    public record NewClient(UUID clientId, String secret, String channel, String name, Set<String> scopes,
            int ratePerMinute) {

        @Override
        public String toString() {
            return "NewClient[" + clientId + ", " + channel + "]";
        }
    }

    public NewClient create(String channel, String name, @Nullable List<String> scopes, @Nullable Integer ratePerMinute,
            String actor) {
        int rate = rate(ratePerMinute);
        if (channel == null || catalog.findChannel(channel).isEmpty()) {
            throw InvalidInputException.of("channelCode", "unknown", "validation.signing.channel", "channelCode");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidInputException.of("name", "required", "validation.required", "name");
        }
        Set<String> granted = new LinkedHashSet<>(scopes == null || scopes.isEmpty() ? List.of("signing") : scopes);
        if (!SCOPES.containsAll(granted)) {
            throw InvalidInputException.of("scopes", "unknown", "validation.signing.scopes", "scopes");
        }
        UUID id = UUID.randomUUID();
        String secret = Secrets.newSecret(32);
        jdbc.sql("INSERT INTO signing_partner_client (client_id, channel_code, name, secret_hash, scopes, created_by, "
                + "created_at, rate_per_minute) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id.toString(), channel, name.strip(), Secrets.hash(secret), String.join(" ", granted), actor,
                        utc(clock.instant()), rate)
                .update();
        audit.record(AuditRecord.of("signing.partner.created", actor, "partner-client:" + id)
                .with("channel", channel).with("name", name.strip()).with("scopes", String.join(" ", granted))
                .with("ratePerMinute", rate));
        return new NewClient(id, secret, channel, name.strip(), granted, rate);
    }

    /** Revokes a client and its tokens. */
    public void revoke(UUID clientId, String actor) {
        int changed = jdbc.sql("UPDATE signing_partner_client SET revoked_at = ? WHERE client_id = ? "
                + "AND revoked_at IS NULL").params(utc(clock.instant()), clientId.toString()).update();
        if (changed == 0) {
            throw new NotFoundException("partnerClient", clientId.toString());
        }
        jdbc.sql("DELETE FROM signing_partner_token WHERE client_id = ?").param(clientId.toString()).update();
        audit.record(AuditRecord.of("signing.partner.revoked", actor, "partner-client:" + clientId));
    }

    /** A new secret for a live client, shown this once; the old secret and every token made with it stop at once. */
    public String rotateSecret(UUID clientId, String actor) {
        String secret = Secrets.newSecret(32);
        int changed = jdbc.sql("UPDATE signing_partner_client SET secret_hash = ? WHERE client_id = ? "
                + "AND revoked_at IS NULL").params(Secrets.hash(secret), clientId.toString()).update();
        if (changed == 0) {
            throw new NotFoundException("partnerClient", clientId.toString());
        }
        jdbc.sql("DELETE FROM signing_partner_token WHERE client_id = ?").param(clientId.toString()).update();
        audit.record(AuditRecord.of("signing.partner.secretRotated", actor, "partner-client:" + clientId));
        return secret;
    }

    /** Sets a live client's requests per minute (docs/signing.md, "Rate limits"). */
    public void setRate(UUID clientId, @Nullable Integer ratePerMinute, String actor) {
        int rate = rate(ratePerMinute);
        ClientView before = get(clientId);
        int changed = jdbc.sql("UPDATE signing_partner_client SET rate_per_minute = ? WHERE client_id = ? "
                + "AND revoked_at IS NULL").params(rate, clientId.toString()).update();
        if (changed == 0) {
            throw new NotFoundException("partnerClient", clientId.toString());
        }
        audit.record(AuditRecord.of("signing.partner.rate", actor, "partner-client:" + clientId)
                .with("before", before.ratePerMinute()).with("after", rate));
    }

    /** The clients of a channel, live ones first, newest first. */
    @Transactional(readOnly = true)
    public List<ClientView> ofChannel(String channel) {
        return jdbc.sql("SELECT " + VIEW + " FROM signing_partner_client WHERE channel_code = ? "
                + "ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, created_at DESC")
                .param(channel).query(PartnerClients::view).list();
    }

    @Transactional(readOnly = true)
    public ClientView get(UUID clientId) {
        return jdbc.sql("SELECT " + VIEW + " FROM signing_partner_client WHERE client_id = ?")
                .param(clientId.toString()).query(PartnerClients::view).optional()
                .orElseThrow(() -> new NotFoundException("partnerClient", clientId.toString()));
    }

    private static int rate(@Nullable Integer ratePerMinute) {
        int rate = ratePerMinute == null ? DEFAULT_RATE_PER_MINUTE : ratePerMinute;
        if (rate < 1 || rate > MAX_RATE_PER_MINUTE) {
            throw InvalidInputException.of("ratePerMinute", "range", "validation.signing.rate", "ratePerMinute", 1,
                    MAX_RATE_PER_MINUTE);
        }
        return rate;
    }

    /**
     * A live client as the authorization server needs it (docs/signing.md, "Who may call"): the SHA-256 of its
     * secret, its scopes, channel and requests per minute; empty for an unknown or revoked client.
     */
    @Transactional(readOnly = true)
    public Optional<Registration> registration(String clientId) {
        return jdbc.sql("SELECT client_id, channel_code, name, secret_hash, scopes, rate_per_minute, created_at, "
                        + "webhook_url FROM signing_partner_client WHERE client_id = ? AND revoked_at IS NULL")
                .param(clientId)
                .query((rs, n) -> new Registration(rs.getString("client_id"), rs.getString("channel_code"),
                        rs.getString("name"), rs.getString("secret_hash"),
                        new LinkedHashSet<>(Arrays.asList(rs.getString("scopes").split(" "))),
                        rs.getInt("rate_per_minute"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("webhook_url") != null))
                .optional();
    }

    /**
     * A live client's registration; {@code secretHash} is the stored SHA-256 and never leaves the server;
     * {@code webhook} whether it has a webhook URL, read with it so a signing need not ask again.
     */
    public record Registration(String clientId, String channel, String name, String secretHash, Set<String> scopes,
            int ratePerMinute, Instant createdAt, boolean webhook) {

        @Override
        public String toString() {
            return "Registration[" + clientId + ", " + channel + "]";
        }
    }

    private static final String VIEW = "client_id, channel_code, name, scopes, rate_per_minute, webhook_url, "
            + "created_by, created_at, revoked_at";

    private static ClientView view(ResultSet rs, int n) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ClientView(UUID.fromString(rs.getString("client_id")), rs.getString("channel_code"),
                rs.getString("name"), new LinkedHashSet<>(Arrays.asList(rs.getString("scopes").split(" "))),
                rs.getInt("rate_per_minute"), rs.getString("webhook_url"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
