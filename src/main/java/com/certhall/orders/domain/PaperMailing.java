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
record PaperMailing(@Column(name = "paper_carrier", length = 40) @Nullable String carrier,
        @Column(name = "paper_tracking_number", length = 40) @Nullable String trackingNumber,
        @Column(name = "paper_mailed_at") @Nullable Instant mailedAt,
        @Column(name = "paper_received_at") @Nullable Instant receivedAt,
        @Column(name = "paper_received_by", length = 200) @Nullable String receivedBy) {

    static final PaperMailing NONE = new PaperMailing(null, null, null, null, null);

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
}
