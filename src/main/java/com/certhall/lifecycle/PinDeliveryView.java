package com.certhall.lifecycle;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the PIN of a server-made key went, as the holder may see it: {@link PinDeliveryStatus#PENDING} until it is
 * out, then {@link PinDeliveryStatus#DELIVERED} with the channel ({@code SMS}, {@code DEPOSIT_MEMO}) and the masked
 * destination ({@code 138****0000}, {@code 中国工商银行北京分行 ****3456}). Never the PIN.
 */
public record PinDeliveryView(PinDeliveryStatus status, PinCourier.@Nullable Channel channel,
        @Nullable String destination, @Nullable Instant deliveredAt) {
}
