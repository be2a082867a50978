package com.certhall.verification.rest;

import com.certhall.verification.FaceDelivery;
import com.certhall.verification.PartyRole;
import com.certhall.verification.PinChannel;
import com.certhall.verification.VerificationMethod;
import com.certhall.verification.VerificationStatus;
import com.certhall.verification.VerificationView;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A verification as the API shows it (docs/development.md, "API"): {@code qrUrl} is the phone page to put into a QR
 * code, {@code smsLink} the same page when it went out by SMS to {@code smsSentTo} (masked).
 */
record VerificationJson(String verificationId, String orderId, PartyRole party, VerificationMethod method,
        VerificationStatus status, int attemptsLeft, OffsetDateTime expiresAt, @Nullable String qrUrl,
        @Nullable String smsLink, @Nullable String smsSentTo, String identifier, PinChannel pinChannel,
        @Nullable String decidedHow, @Nullable OffsetDateTime decidedAt) {

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
