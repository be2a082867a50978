package com.certhall.orders;

import java.util.UUID;

/** A finished identity check was recorded on an order (once per verification case). */
public record VerificationRecorded(OrderId order, UUID verificationId, VerificationRecord.Outcome outcome) {
}
