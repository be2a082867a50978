package com.certhall.applications;

import java.util.UUID;

/** A finished identity check was recorded on an order (once per verification case). */
public record VerificationRecorded(ApplicationId order, UUID verificationId, VerificationRecord.Outcome outcome) {
}
