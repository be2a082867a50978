package com.certhall.verification;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;
import java.util.Locale;

/**
 * A face check is to be opened from an SMS link: the notifications module sends the link to {@code mobile} (full
 * number; {@code toString()} and the audit entry mask it). The event is stored, so it carries no link: the sender
 * asks {@link VerificationManagement#faceLinkToSend} while the check is open (docs/security.md, "Secrets").
 */
public record FaceLinkRequested(VerificationId verificationId, String mobile, Locale locale,
        String actor, Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("verification.faceLinkSent", actor, "verification:" + verificationId)
                .with("channel", "SMS").with("to", com.certhall.shared.Masking.mask(mobile, 3, 4));
    }

    @Override
    public String toString() {
        return "FaceLinkRequested[" + verificationId + "]";
    }
}
