package com.certhall.accounts;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A one-time SMS code was created and must reach {@code mobile}. Published inside the issuing transaction; the
 * notifications module sends the SMS after commit through the event publication registry (the outbox). The event
 * carries no code: it is stored, so the sender asks {@link SmsChallengeService#codeToSend} for the code, which
 * the challenge keeps sealed while it is open (docs/security.md, "Secrets").
 *
 * @param mobile the full number the SMS goes to (the event is never logged; listeners log it masked)
 * @param locale language of the text
 */
public record SmsCodeIssued(UUID challengeId, String mobile, SmsPurpose purpose, Instant expiresAt,
        Locale locale) implements Auditable {

    /** The audit entry names the purpose and the masked number, never the code. */
    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("accounts.sms.issued", "anonymous", "sms-challenge:" + challengeId)
                .with("purpose", purpose).with("mobile", Masking.mask(mobile, 3, 4));
    }

    @Override
    public String toString() {
        return "SmsCodeIssued[" + challengeId + ", " + purpose + "]";
    }
}
