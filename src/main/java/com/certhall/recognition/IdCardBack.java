package com.certhall.recognition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The back of a resident identity card: the issuing authority (签发机关) and the validity period (有效期限);
 * {@code validUntil} is null for a card valid for life (长期).
 */
public record IdCardBack(String authority, LocalDate validFrom, @Nullable LocalDate validUntil)
        implements ScanReading {

    @Override
    public ScanKind kind() {
        return ScanKind.ID_CARD_BACK;
    }

    /** Whether the card has run out on {@code day} (a card is valid through its last day). */
    public boolean expiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }
}
