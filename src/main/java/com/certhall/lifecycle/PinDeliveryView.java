package com.certhall.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the PIN of a server-made key went, as the holder may see it: {@link PinDeliveryStatus#PENDING} until it is
 * out, then {@link PinDeliveryStatus#DELIVERED} with the channel ({@code SMS}, {@code DEPOSIT_MEMO}) and the masked
 * destination ({@code 138****0000}, {@code 中国工商银行北京分行 ****3456}). Never the PIN.
 */
public record PinDeliveryView(@Schema(description = "PENDING until the PIN is out, then DELIVERED.") PinDeliveryStatus status,
        @Schema(description = "SMS or DEPOSIT_MEMO, once delivered.") PinCourier.@Nullable Channel channel,
        @Schema(description = "Masked mobile or bank account it went to, once delivered.") @Nullable String destination,
        @Nullable Instant deliveredAt) {
}
