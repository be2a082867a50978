package com.certhall.accounts;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A new applicant account exists; a welcome SMS (and e-mail when known) goes out. */
public record AccountRegistered(UUID accountId, String type, String loginName, String displayName, String mobile,
        String email, Instant at, Locale locale) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("accounts.registered", "applicant:" + accountId, "account:" + accountId)
                .with("type", type).with("mobile", Masking.mask(mobile, 3, 4));
    }

    @Override
    public String toString() {
        return "AccountRegistered[" + accountId + ", " + type + "]";
    }
}
