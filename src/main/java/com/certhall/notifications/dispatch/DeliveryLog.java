package com.certhall.notifications.dispatch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every delivery attempt, keyed by a dedupe key. Written in its own transaction so that a failed
 * attempt stays recorded when the listener's transaction rolls back for a retry. Recipients are stored masked.
 */
@Component
class DeliveryLog {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DeliveryLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    boolean alreadySent(String dedupeKey) {
        List<String> status = jdbc.queryForList("SELECT status FROM notifications_delivery WHERE dedupe_key = ?",
                String.class, dedupeKey);
        return !status.isEmpty() && DeliveryStatus.SENT.name().equals(status.get(0));
    }

    void sent(String dedupeKey, String channel, String maskedRecipient, String template, String providerId) {
        write(dedupeKey, channel, maskedRecipient, template, DeliveryStatus.SENT, providerId, null);
    }

    void failed(String dedupeKey, String channel, String maskedRecipient, String template,
            DeliveryStatus status, String error) {
        write(dedupeKey, channel, maskedRecipient, template, status, null, error);
    }

    int attemptsSoFar(String dedupeKey) {
        List<Integer> attempts = jdbc.queryForList("SELECT attempts FROM notifications_delivery WHERE dedupe_key = ?",
                Integer.class, dedupeKey);
        return attempts.isEmpty() ? 0 : attempts.get(0);
    }

    private void write(String dedupeKey, String channel, String recipient, String template,
            DeliveryStatus status, String providerId, String error) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        ownTransaction.executeWithoutResult(tx -> {
            int updated = jdbc.update("UPDATE notifications_delivery SET status = ?, provider_id = ?, error = ?, "
                    + "attempts = attempts + 1, updated_at = ? WHERE dedupe_key = ?",
                    status.name(), providerId, error, now, dedupeKey);
            if (updated == 0) {
                jdbc.update("INSERT INTO notifications_delivery (id, dedupe_key, channel, recipient, template, status, "
                        + "provider_id, error, attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                        UUID.randomUUID(), dedupeKey, channel, recipient, template, status.name(), providerId, error,
                        now, now);
            }
        });
    }
}
