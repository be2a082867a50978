package com.certhall.verification;

import com.certhall.orders.OrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Read model of a verification case. Identifiers are masked; {@code phoneUrl} is the face-check page the QR code
 * encodes (or the SMS link points to), {@code smsSentTo} the masked mobile an SMS code or face link went to.
 *
 * @param decidedHow how the result came about ({@code amountMatched}, {@code smsCode}, {@code faceCheck},
 *                   {@code identityMismatch}, {@code tooManyWrongAnswers}, {@code expired}, {@code skipped} ...)
 */
public record VerificationView(VerificationId id, OrderId order, PartyRole party, VerificationMethod method,
        VerificationStatus status, int attemptsLeft, Instant expiresAt, String subjectName, String maskedIdentifier,
        @Nullable String phoneUrl, @Nullable FaceDelivery faceDelivery, @Nullable String smsSentTo,
        PinChannel pinChannel, String createdBy, Instant createdAt, @Nullable String decidedBy,
        @Nullable Instant decidedAt, @Nullable String decidedHow) {
}
