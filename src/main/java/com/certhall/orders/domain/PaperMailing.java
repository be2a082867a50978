package com.certhall.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stamped paper materials on their way to the CA: carrier and tracking number as the applicant reported them
 * (changeable until they arrive), then when and by whom their arrival was recorded. Once received it never changes.
 */
@Embeddable
class PaperMailing {

    static final PaperMailing NONE = new PaperMailing(null, null, null, null, null);

    @Column(name = "paper_carrier", length = 40)
    private @Nullable String carrier;
    @Column(name = "paper_tracking_number", length = 40)
    private @Nullable String trackingNumber;
    @Column(name = "paper_mailed_at")
    private @Nullable Instant mailedAt;
    @Column(name = "paper_received_at")
    private @Nullable Instant receivedAt;
    @Column(name = "paper_received_by", length = 200)
    private @Nullable String receivedBy;

    protected PaperMailing() {
    }

    private PaperMailing(@Nullable String carrier, @Nullable String trackingNumber, @Nullable Instant mailedAt,
            @Nullable Instant receivedAt, @Nullable String receivedBy) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.mailedAt = mailedAt;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    boolean received() {
        return receivedAt != null;
    }

    PaperMailing mailed(String carrier, String trackingNumber, Instant now) {
        return new PaperMailing(Objects.requireNonNull(carrier), Objects.requireNonNull(trackingNumber), now, null,
                null);
    }

    PaperMailing receivedBy(String actor, Instant now) {
        return new PaperMailing(carrier, trackingNumber, mailedAt, now, Objects.requireNonNull(actor));
    }

    @Nullable String carrier() {
        return carrier;
    }

    @Nullable String trackingNumber() {
        return trackingNumber;
    }

    @Nullable Instant mailedAt() {
        return mailedAt;
    }

    @Nullable Instant receivedAt() {
        return receivedAt;
    }

    @Nullable String receivedBy() {
        return receivedBy;
    }
}
