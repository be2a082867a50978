package com.certhall.accounts;

import com.certhall.shared.Masking;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.Uscc;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An applicant account as other modules see it. {@code toString()} masks the mobile, e-mail and USCC.
 *
 * @param type        {@code PERSON} or {@code ENTERPRISE}
 * @param displayName real name (person) or enterprise name
 * @param uscc        the enterprise's code (its login name), null for a person
 */
public record ApplicantProfile(UUID accountId, String type, String loginName, String displayName,
        MobileNumber mobile, @Nullable String email, @Nullable Uscc uscc, Locale locale, Instant createdAt) {

    public String maskedEmail() {
        return email == null ? "" : Masking.maskEmail(email);
    }

    @Override
    public String toString() {
        return "ApplicantProfile[" + accountId + ", " + type + ", " + mobile.masked() + ", " + maskedEmail() + "]";
    }
}
