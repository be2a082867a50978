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
 * that moves it to ISSUED, so an unfinished row after a crash tells the recovery job what to re-drive.
 */
@Entity
@Table(name = "lifecycle_issuance")
public class Issuance {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";

    @Id
    @Column(name = "application_id")
    private UUID applicationId;
    @Version
    private long version;
    @Column(name = "order_number", nullable = false)
    private String orderNumber;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "last_error")
    private @Nullable String lastError;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Issuance() {
        // for JPA
    }

    public static Issuance start(UUID applicationId, String orderNumber, Instant now) {
        Issuance i = new Issuance();
        i.applicationId = applicationId;
        i.orderNumber = orderNumber;
        i.status = RUNNING;
        i.startedAt = now;
        i.updatedAt = now;
        return i;
    }

    public void failed(String error, Instant now) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        updatedAt = now;
    }

    public void done(Instant now) {
        status = DONE;
        lastError = null;
        updatedAt = now;
    }

    public boolean isDone() {
        return DONE.equals(status);
    }

    public UUID applicationId() {
        return applicationId;
    }

    public int attempts() {
        return attempts;
    }
}
