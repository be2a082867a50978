package com.certhall.support.rest;

import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.support.conversation.ContactCodes;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A mobile to send an SMS code to, behind a captcha: a visitor's contact mobile, or a lost-mobile request's new one. */
record ContactCodeRequest(@Nullable String mobile, @Nullable String captchaId, @Nullable String captchaAnswer) {

    SmsChallengeTicket send(ContactCodes codes, SmsPurpose purpose, Locale locale, String clientIp) {
        return codes.send(mobile, purpose, captchaId, captchaAnswer, locale, clientIp);
    }
}
