package com.certhall.verification.rest;

import com.certhall.verification.FaceDelivery;
import com.certhall.verification.PartyRole;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationStatus;
import com.certhall.verification.VerificationView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A verification as the API shows it (docs/development.md, "API"): {@code qrUrl} is the phone page to put into a QR
 * code, {@code smsLink} the same page when it went out by SMS to {@code smsSentTo} (masked).
 */
record VerificationJson(String verificationId, String orderId,
        @Schema(description = "Whose identity is checked.") PartyRole party, VerificationMethod method,
        VerificationStatus status,
        @Schema(description = "Wrong answers still allowed before the check fails.") int attemptsLeft,
        @Schema(description = "When a pending check lapses.") OffsetDateTime expiresAt,
        @Schema(description = "The face-check phone page to show as a QR code (FACE delivered by QR).")
        @Nullable String qrUrl,
        @Schema(description = "The face-check phone page sent by SMS (FACE delivered by SMS link).")
        @Nullable String smsLink,
        @Schema(description = "Masked mobile an SMS code or face link went to.") @Nullable String smsSentTo,
        @Schema(description = "Masked identifiers checked: ID number, or USCC / account, with card number for 4F.")
        String identifier,
        @Schema(description = "How the certificate PIN will reach the holder after this method.") PinChannel pinChannel,
        @Schema(description = "How the result came about, e.g. amountMatched, smsCode, faceCheck, expired, skipped.")
        @Nullable String decidedHow,
        @Nullable OffsetDateTime decidedAt) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static VerificationJson of(VerificationView v) {
        String phone = v.phoneUrl() == null ? null : absolute(v.phoneUrl());
        return new VerificationJson(v.id().toString(), v.order().toString(), v.party(), v.method(), v.status(),
                v.attemptsLeft(), v.expiresAt().atZone(CHINA).toOffsetDateTime(),
                v.faceDelivery() == FaceDelivery.QR ? phone : null,
                v.faceDelivery() == FaceDelivery.SMS_LINK ? phone : null, v.smsSentTo(), v.maskedIdentifier(),
                v.pinChannel(), v.decidedHow(),
                v.decidedAt() == null ? null : v.decidedAt().atZone(CHINA).toOffsetDateTime());
    }

    private static String absolute(String url) {
        return url.startsWith("/") ? ServletUriComponentsBuilder.fromCurrentContextPath().path(url).toUriString() : url;
    }
}
