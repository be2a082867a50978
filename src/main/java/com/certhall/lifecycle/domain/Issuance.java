package com.certhall.lifecycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The issuance of one order: created in the transaction that moves the order to ISSUING and finished in the one
 * that moves it to ISSUED, so an unfinished row after a crash tells the recovery job what to re-drive. It runs
 * ({@link IssuanceStatus#RUNNING}), counting failed attempts, until it is done; finishing it again changes nothing.
 */
@Entity
@Table(name = "lifecycle_issuance")
class Issuance extends LifecycleRecord<IssuanceStatus> {

    @Id
    private UUID applicationId;
    @Version
    private long version;
    @Column(nullable = false)
    private String orderNumber;
    @Column(nullable = false)
    private int attempts;
    private @Nullable String lastError;
    @Column(nullable = false)
    private Instant startedAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected Issuance() {
        // for JPA
    }

    private Issuance(UUID applicationId, String orderNumber, Instant now) {
        super(IssuanceStatus.RUNNING);
        this.applicationId = applicationId;
        this.orderNumber = orderNumber;
        this.startedAt = now;
        this.updatedAt = now;
    }

    public static Issuance start(UUID applicationId, String orderNumber, Instant now) {
        return new Issuance(applicationId, orderNumber, now);
    }

    /** An attempt failed; the issuance stays where it is, with the error kept for staff. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        updatedAt = now;
    }

    /** Every certificate is issued and the order moved on; an issuance already done stays done. */
    public void done(Instant now) {
        if (!isDone()) {
            moveTo(IssuanceStatus.DONE, "finish issuance");
        }
        lastError = null;
        updatedAt = now;
    }

    public boolean isDone() {
        return status() == IssuanceStatus.DONE;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public int attempts() {
        return attempts;
    }
}
