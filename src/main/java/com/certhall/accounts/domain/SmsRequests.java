package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * SMS codes asked for by a client ({@code POST /api/v1/sms-challenges} and the pages' "send code" button). A
 * captcha always, except for a signed-in applicant's CHANGE_MOBILE, which counts against his account instead.
 * SIGN and VERIFY codes are sent only by the steps that need them (to the number the order or check names). The
 * answer never tells whether a number has an account: LOGIN and RESET_PASSWORD for an unknown number, and
 * CHANGE_MOBILE to another account's number, answer the same ticket under the same limits but send nothing
 * (docs/security.md, "Accounts").
 */
@Service
public class SmsRequests {

    private static final Set<SmsPurpose> HERE = Set.of(SmsPurpose.REGISTER, SmsPurpose.LOGIN,
            SmsPurpose.RESET_PASSWORD, SmsPurpose.CHANGE_MOBILE, SmsPurpose.QUERY);

    private final CaptchaService captchas;
    private final SmsChallengeDesk desk;
    private final Accounts accounts;

    SmsRequests(CaptchaService captchas, SmsChallengeDesk desk, Accounts accounts) {
        this.captchas = captchas;
        this.desk = desk;
        this.accounts = accounts;
    }

    public SmsChallengeTicket request(@Nullable String rawMobile, @Nullable String rawPurpose,
            @Nullable String captchaId, @Nullable String captchaAnswer, @Nullable AuthenticatedUser user,
            Locale locale, String clientIp) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", rawMobile));
        SmsPurpose purpose = errors.check(() -> purpose(rawPurpose));
        boolean applicant = user != null && user.isApplicant();
        if (purpose == SmsPurpose.CHANGE_MOBILE && !applicant) {
            errors.add(FieldViolation.of("purpose", "signInFirst", "accounts.validation.purpose.signInFirst",
                    "purpose"));
        }
        boolean captchaNeeded = purpose != SmsPurpose.CHANGE_MOBILE;
        if (captchaNeeded && (captchaAnswer == null || captchaAnswer.isBlank())) {
            errors.add(FieldViolation.of("captchaAnswer", "required", "validation.required", "captchaAnswer"));
        }
        errors.throwIfAny();
        if (captchaNeeded) {
            captchas.check(Fields.text(captchaId), captchaAnswer);
        }
        Optional<Account> owner = accounts.findByMobile(mobile.value());
        boolean withhold = switch (purpose) {
            case LOGIN, RESET_PASSWORD -> owner.isEmpty();
            case CHANGE_MOBILE -> owner.isPresent() && !owner.get().id().equals(user.id());
            default -> false;
        };
        return withhold ? desk.withhold(mobile, purpose, clientIp) : desk.issue(mobile, purpose, locale, clientIp);
    }

    private static SmsPurpose purpose(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("purpose", "required", "validation.required", "purpose");
        }
        try {
            SmsPurpose purpose = SmsPurpose.valueOf(raw.trim().toUpperCase(Locale.ROOT));
            if (!HERE.contains(purpose)) {
                throw InvalidInputException.of("purpose", "notHere", "accounts.validation.purpose.notHere",
                        "purpose");
            }
            return purpose;
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("purpose", "unknown", "accounts.validation.purpose.unknown", "purpose");
        }
    }
}
