package com.certhall.accounts;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The account's mobile number moved from {@code oldMobile} to {@code newMobile}; both numbers are told. */
public record MobileChanged(UUID accountId, String oldMobile, String newMobile, Instant at, Locale locale)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("accounts.mobile.changed", "applicant:" + accountId, "account:" + accountId)
                .with("from", Masking.mask(oldMobile, 3, 4)).with("to", Masking.mask(newMobile, 3, 4));
    }

    @Override
    public String toString() {
        return "MobileChanged[" + accountId + "]";
    }
}
