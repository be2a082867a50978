package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * SMS codes asked for by a client ({@code POST /api/v1/sms-challenges} and the pages' "send code" button): a
 * captcha first (signed-in users may skip it for their own purposes), then the purpose's rule on the number
 * (free for REGISTER, registered for LOGIN and RESET_PASSWORD), then the send limits.
 */
@Service
public class SmsRequests {

    private static final Set<SmsPurpose> SIGNED_IN = EnumSet.of(SmsPurpose.CHANGE_MOBILE, SmsPurpose.SIGN,
            SmsPurpose.VERIFY);

    private final CaptchaService captchas;
    private final SmsChallengeService sms;
    private final Accounts accounts;

    SmsRequests(CaptchaService captchas, SmsChallengeService sms, Accounts accounts) {
        this.captchas = captchas;
        this.sms = sms;
        this.accounts = accounts;
    }

    public SmsChallengeTicket request(@Nullable String rawMobile, @Nullable String rawPurpose,
            @Nullable String captchaId, @Nullable String captchaAnswer, @Nullable AuthenticatedUser user,
            Locale locale, String clientIp) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", rawMobile));
        SmsPurpose purpose = errors.check(() -> purpose(rawPurpose));
        boolean captchaNeeded = user == null || purpose == null || !SIGNED_IN.contains(purpose);
        if (captchaNeeded && (captchaAnswer == null || captchaAnswer.isBlank())) {
            errors.add(com.certhall.shared.FieldViolation.of("captchaAnswer", "required", "validation.required",
                    "captchaAnswer"));
        }
        errors.throwIfAny();
        if (captchaNeeded) {
            captchas.check(Fields.text(captchaId), captchaAnswer);
        }
        boolean registered = accounts.existsByMobile(mobile.value());
        if (purpose == SmsPurpose.REGISTER && registered) {
            throw new DuplicateException(List.of(DuplicateException.taken("mobile")));
        }
        if ((purpose == SmsPurpose.LOGIN || purpose == SmsPurpose.RESET_PASSWORD) && !registered) {
            throw Credentials.notRegistered("mobile");
        }
        if (purpose == SmsPurpose.CHANGE_MOBILE && registered) {
            throw new DuplicateException(List.of(DuplicateException.taken("mobile")));
        }
        return sms.issue(mobile, purpose, locale, clientIp);
    }

    private static SmsPurpose purpose(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("purpose", "required", "validation.required", "purpose");
        }
        try {
            return SmsPurpose.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("purpose", "unknown", "accounts.validation.purpose.unknown", "purpose");
        }
    }
}
