package com.certhall.signing.domain;

import static com.certhall.signing.domain.PartnerClients.utc;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.DataProtection;
import com.certhall.shared.Hmac;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.RetryPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed webhooks to partner clients (docs/signing.md, "Webhooks"): a signature a partner asked for is queued in the
 * signature's own transaction (an outbox table, so no call is lost or made for a rolled-back signature) and sent by
 * {@link #deliverDue}; a failed call is retried after {@link #BACKOFF}, doubled each time, up to
 * {@link #MAX_ATTEMPTS} attempts. Each call carries {@code X-CertHall-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body" under the client's webhook secret>} (RFC 2104).
 */
@Service
@Transactional
public class PartnerWebhooks {

    public static final Duration BACKOFF = Duration.ofSeconds(30);
    public static final int MAX_ATTEMPTS = 8;
    private static final RetryPolicy RETRIES = new RetryPolicy(BACKOFF, MAX_ATTEMPTS);
    private static final Logger log = LoggerFactory.getLogger(PartnerWebhooks.class);

    private final JdbcClient jdbc;
    private final DataProtection protection;
    private final WebhookSender sender;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerWebhooks(JdbcClient jdbc, DataProtection protection, WebhookSender sender, ObjectMapper json,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.sender = sender;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The webhook of a client: its URL and the secret, shown this once. */
    public record Webhook(String url, String secret) {

        @Override
        public String toString() {
            return "Webhook[" + url + "]";
        }
    }

    /** One queued or sent call, as staff and tests see it. */
    public record Delivery(UUID id, String event, String status, int attempts, Instant nextAttemptAt,
            @Nullable String lastError) {
    }

    /** Sets (or replaces) the client's webhook URL with a new secret. */
    public Webhook configure(UUID clientId, @Nullable String url, String actor) {
        URI uri = url == null || url.isBlank() || url.length() > 500 ? null : parse(url.strip());
        if (uri == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw InvalidInputException.of("url", "format", "validation.signing.webhookUrl", "url");
        }
        String secret = Secrets.newSecret(32);
        int changed = jdbc.sql("UPDATE signing_partner_client SET webhook_url = ?, webhook_secret = ? "
                + "WHERE client_id = ? AND revoked_at IS NULL")
                .params(uri.toString(), protection.encrypt(secret), clientId.toString()).update();
        if (changed == 0) {
            throw new NotFoundException("partnerClient", clientId.toString());
        }
        audit.record(AuditRecord.of("signing.partner.webhook", actor, "partner-client:" + clientId)
                .with("url", uri.toString()));
        return new Webhook(uri.toString(), secret);
    }

    /**
     * Queues {@code signature.completed} for the partner that asked, if it has a webhook: as its caller says when
     * read with its token on this request (docs/signing.md, "Speed"), else asked here. The description is read only
     * for a call that is queued.
     */
    void signatureCompleted(SigningCaller caller, String credentialId, List<String> hashes,
            Supplier<@Nullable String> description, Instant at) {
        if (!caller.isPartner()) {
            return;
        }
        String clientId = caller.actor().substring("partner:".length());
        boolean hooked = caller.webhook() != null ? caller.webhook() : jdbc.sql("SELECT COUNT(*) FROM "
                + "signing_partner_client WHERE client_id = ? AND webhook_url IS NOT NULL AND revoked_at IS NULL")
                .param(clientId).query(Long.class).single() > 0;
        if (!hooked) {
            return;
        }
        UUID id = UUID.randomUUID();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id);
        payload.put("event", "signature.completed");
        payload.put("credentialID", credentialId);
        payload.put("hashes", hashes);
        payload.put("numSignatures", hashes.size());
        payload.put("description", description.get());
        payload.put("signedAt", at.toString());
        queue(id, clientId, "signature.completed", payload, at);
    }

    /**
     * Queues {@code order.status_changed} for every live client of the order's channel that may read orders
     * ({@code orders:read}) and has a webhook; once per client and move (the id is derived from both, so a
     * redelivered event queues nothing more). The payload names the order and the move, no personal data.
     */
    void orderStatusChanged(String channel, UUID orderId, String orderNumber, String from, String to, Instant at) {
        List<String> clients = jdbc.sql("SELECT client_id FROM signing_partner_client WHERE channel_code = ? "
                        + "AND webhook_url IS NOT NULL AND revoked_at IS NULL AND scopes LIKE ?")
                .params(channel, "%orders:read%").query(String.class).list();
        for (String clientId : clients) {
            UUID id = UUID.nameUUIDFromBytes((clientId + "|" + orderId + "|" + to + "|" + at)
                    .getBytes(StandardCharsets.UTF_8));
            boolean queued = jdbc.sql("SELECT COUNT(*) FROM signing_webhook WHERE id = ?").param(id)
                    .query(Long.class).single() > 0;
            if (queued) {
                continue;
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("id", id);
            payload.put("event", "order.status_changed");
            payload.put("orderId", orderId);
            payload.put("orderNumber", orderNumber);
            payload.put("channel", channel);
            payload.put("from", from);
            payload.put("to", to);
            payload.put("changedAt", at.toString());
            queue(id, clientId, "order.status_changed", payload, at);
        }
    }

    private void queue(UUID id, String clientId, String event, Map<String, Object> payload, Instant at) {
        jdbc.sql("INSERT INTO signing_webhook (id, client_id, event, payload, status, attempts, next_attempt_at, "
                + "created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .params(id, clientId, event, write(payload), utc(at), utc(at)).update();
    }

    /**
     * Sends the calls that are due, oldest first, at most {@code limit}; returns how many were delivered. Outside a
     * transaction, so no database connection waits on a partner; each outcome is written on its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int deliverDue(int limit) {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("SELECT w.id, w.event, w.payload, w.attempts, c.webhook_url, c.webhook_secret "
                        + "FROM signing_webhook w JOIN signing_partner_client c ON c.client_id = w.client_id "
                        + "WHERE w.status = 'PENDING' AND w.next_attempt_at <= ? ORDER BY w.next_attempt_at "
                        + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .param(utc(now))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        int delivered = 0;
        for (Due d : due) {
            String error = d.url() == null ? "no webhook URL" : send(d, now);
            if (error == null) {
                jdbc.sql("UPDATE signing_webhook SET status = 'DELIVERED', attempts = ?, delivered_at = ?, "
                        + "last_error = NULL WHERE id = ?").params(d.attempts() + 1, utc(now), d.id()).update();
                delivered++;
                continue;
            }
            RetryPolicy.Next next = RETRIES.afterFailure(d.attempts(), true, now);
            boolean last = next instanceof RetryPolicy.GiveUp;
            Instant retryAt = next instanceof RetryPolicy.RetryAt at ? at.at() : now;
            jdbc.sql("UPDATE signing_webhook SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? "
                    + "WHERE id = ?").params(last ? "FAILED" : "PENDING", next.attempts(), utc(retryAt),
                    RetryPolicy.brief(error), d.id()).update();
            log.info("webhook {} attempt {} failed: {}", d.id(), next.attempts(), error);
        }
        return delivered;
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(UUID clientId) {
        return jdbc.sql("SELECT id, event, status, attempts, next_attempt_at, last_error FROM signing_webhook "
                        + "WHERE client_id = ? ORDER BY created_at DESC")
                .param(clientId.toString())
                .query((rs, n) -> new Delivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
                .list();
    }

    /** The signature header of a body at a time (for receivers to compare, docs/signing.md). */
    public static String signatureHeader(String secret, long unixSeconds, String body) {
        byte[] tag = Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), unixSeconds + "." + body);
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(tag);
    }

    private @Nullable String send(Due d, Instant now) {
        String secret = protection.decrypt(d.secret());
        Map<String, String> headers = Map.of("X-CertHall-Event", d.event(), "X-CertHall-Delivery", d.id().toString(),
                "X-CertHall-Signature", signatureHeader(secret, now.getEpochSecond(), d.payload()));
        try {
            int status = sender.post(d.url(), headers, d.payload());
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private record Due(UUID id, String event, String payload, int attempts, @Nullable String url,
            @Nullable String secret) {
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook payload", e);
        }
    }

    private static @Nullable URI parse(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
