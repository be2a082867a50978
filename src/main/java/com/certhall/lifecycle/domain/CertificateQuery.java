package com.certhall.lifecycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One certificate query without login: started with a subject's USCC or ID number, then an SMS code to a handler on
 * record, answered once. Lives 15 minutes. A query for a subject without certificates goes the same way with decoy
 * handlers (no SMS leaves), so the answers never tell whether a subject is known. Answered, it lets the visitor
 * renew, revoke or unlock the subject's certificates for {@link #ACTING} (docs/lifecycle.md).
 */
@Entity
@Table(name = "lifecycle_certificate_query")
class CertificateQuery {

    static final int MAX_TRIES = 5;
    /** How long an answered query lets its visitor act without login. */
    static final Duration ACTING = Duration.ofMinutes(15);

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private String subjectKey;
    @Column(nullable = false)
    private String subjectSealed;
    private @Nullable UUID challengeId;
    private @Nullable Instant sentAt;
    @Column(nullable = false)
    private int decoyTries;
    @Column(nullable = false)
    private boolean answered;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant expiresAt;
    private @Nullable Instant answeredAt;
    private @Nullable String provenBy;

    protected CertificateQuery() {
        // for JPA
    }

    CertificateQuery(String subjectKey, String subjectSealed, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.subjectKey = subjectKey;
        this.subjectSealed = subjectSealed;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    UUID id() {
        return id;
    }

    String subjectSealed() {
        return subjectSealed;
    }

    @Nullable UUID challengeId() {
        return challengeId;
    }

    boolean sent() {
        return sentAt != null;
    }

    boolean open(Instant now) {
        return !answered && now.isBefore(expiresAt);
    }

    Instant expiresAt() {
        return expiresAt;
    }

    void sent(@Nullable UUID challenge, Instant at) {
        this.challengeId = challenge;
        this.sentAt = at;
        this.decoyTries = 0;
    }

    /** A wrong code for a decoy handler; answers the tries used. */
    int wrongDecoyTry() {
        return ++decoyTries;
    }

    void answered(Instant at, String maskedMobile) {
        this.answered = true;
        this.answeredAt = at;
        this.provenBy = maskedMobile;
    }

    /** Whether the answer still lets its visitor act on the subject's certificates ({@code ACTING} after it). */
    boolean proven(Instant now) {
        return answered && answeredAt != null && now.isBefore(answeredAt.plus(ACTING));
    }

    Instant actingUntil() {
        return answeredAt == null ? expiresAt : answeredAt.plus(ACTING);
    }

    /** The masked mobile whose code answered the query. */
    @Nullable String provenBy() {
        return provenBy;
    }
}
