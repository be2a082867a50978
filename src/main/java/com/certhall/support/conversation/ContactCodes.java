package com.certhall.support.conversation;

import com.certhall.accounts.Captcha;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A visitor who is not signed in proves a contact mobile before support answers him: a captcha in front of the
 * SMS, then the code (purpose {@code SUPPORT}, under the accounts module's send limits per number and address).
 * The lost-mobile request proves its new number the same way (purpose {@code CHANGE_MOBILE}).
 */
@Service
public class ContactCodes {

    private final CaptchaService captchas;
    private final SmsChallengeService sms;

    ContactCodes(CaptchaService captchas, SmsChallengeService sms) {
        this.captchas = captchas;
        this.sms = sms;
    }

    /** A new captcha for the form that asks for a code; {@link #send} checks its answer. */
    public Captcha captcha() {
        return captchas.create();
    }

    public SmsChallengeTicket send(@Nullable String mobile, SmsPurpose purpose, @Nullable String captchaId,
            @Nullable String captchaAnswer, Locale locale, String clientIp) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber number = errors.check(() -> MobileNumber.parse("mobile", mobile));
        if (captchaAnswer == null || captchaAnswer.isBlank()) {
            errors.add(com.certhall.shared.FieldViolation.of("captchaAnswer", "required", "validation.required",
                    "captchaAnswer"));
        }
        errors.throwIfAny();
        captchas.check(captchaId == null ? "" : captchaId, captchaAnswer);
        return sms.issue(number, purpose, locale, clientIp);
    }

    /** The proven number; 400 naming {@code smsCode} when the code is wrong or expired. */
    public MobileNumber prove(@Nullable String mobile, SmsPurpose purpose, @Nullable String code) {
        MobileNumber number = MobileNumber.parse("mobile", mobile);
        sms.verify(number, purpose, code == null ? "" : code);
        return number;
    }
}
