package com.certhall.lifecycle;

import com.certhall.shared.StateTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the PIN of a server-made key stands: sealed and on its way, or delivered (and wiped). The names are the
 * values of {@code lifecycle_pin_delivery.status}.
 */
public enum PinDeliveryStatus implements StateTable<PinDeliveryStatus> {
    PENDING, DELIVERED;

    @Override
    public Set<PinDeliveryStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.noneOf(PinDeliveryStatus.class);
        };
    }
}
