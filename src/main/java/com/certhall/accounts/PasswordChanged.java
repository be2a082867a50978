package com.certhall.accounts;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The password of an account was changed or reset; the owner is told by SMS in case it was not them. */
public record PasswordChanged(UUID accountId, String mobile, boolean reset, Instant at, Locale locale)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of(reset ? "accounts.password.reset" : "accounts.password.changed",
                "applicant:" + accountId, "account:" + accountId).with("mobile", Masking.mask(mobile, 3, 4));
    }

    @Override
    public String toString() {
        return "PasswordChanged[" + accountId + ", reset=" + reset + "]";
    }
}
