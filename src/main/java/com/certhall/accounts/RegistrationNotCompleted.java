package com.certhall.accounts;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A registration proven by its SMS code clashed with existing accounts. The answer to the caller was the same as
 * for a new account; instead, the caller's number is told by SMS ({@code callerHasAccount}: it already has an
 * account; else: the details clash), and the owners of the clashing accounts are warned.
 *
 * @param attemptId     a fresh id, so each attempt's messages go out once
 * @param ownerMobiles  mobiles of the other accounts whose login name or e-mail was used, without the caller's
 */
public record RegistrationNotCompleted(UUID attemptId, String callerMobile, boolean callerHasAccount,
        List<String> ownerMobiles, Instant at, Locale locale) implements Auditable {

    public RegistrationNotCompleted {
        ownerMobiles = List.copyOf(ownerMobiles);
    }

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("accounts.registration.clashed", "anonymous", "registration:" + attemptId)
                .with("mobile", Masking.mask(callerMobile, 3, 4)).with("callerHasAccount", callerHasAccount)
                .with("ownersWarned", ownerMobiles.size());
    }

    @Override
    public String toString() {
        return "RegistrationNotCompleted[" + attemptId + "]";
    }
}
