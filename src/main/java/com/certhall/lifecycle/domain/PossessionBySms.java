package com.certhall.lifecycle.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.SmsCodeSent;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other proof before an unchanged renewal of a cloud certificate (docs/lifecycle.md, "Renewal"; BJCA §3.1.2): an
 * SMS code (purpose RENEWAL, the one SMS send policy) to the certificate's administrator mobile — the handler's
 * number proved with its order, where its activation code went. It stands for the signature with the signing PIN;
 * the proof is kept as {@link PossessionProofs} keeps the others, for one renewal within ten minutes.
 */
@Service
@Transactional(noRollbackFor = InvalidInputException.class)
public class PossessionBySms {

    private final PossessionProofs proofs;
    private final HandlerMobiles mobiles;
    private final SmsChallengeService sms;

    PossessionBySms(PossessionProofs proofs, HandlerMobiles mobiles, SmsChallengeService sms) {
        this.proofs = proofs;
        this.mobiles = mobiles;
        this.sms = sms;
    }

    /** Sends the code to the certificate's administrator mobile. */
    public SmsCodeSent send(HeldCertificateView held, Locale locale) {
        MobileNumber mobile = mobiles.of(cloud(held));
        SmsChallengeTicket ticket = sms.issue(mobile, SmsPurpose.RENEWAL, locale, null);
        return new SmsCodeSent(mobile.masked(), ticket.expiresAt(), ticket.resendAfter());
    }

    /** The code proves control of the mobile on record; a wrong one is refused naming {@code smsCode}. */
    public PossessionProofs.Proven prove(UUID account, HeldCertificateView held, @Nullable String smsCode,
            String actor) {
        MobileNumber mobile = mobiles.of(cloud(held));
        if (smsCode == null || smsCode.isBlank()) {
            throw InvalidInputException.of("smsCode", "required", "validation.required", "smsCode");
        }
        try {
            sms.verify(mobile, SmsPurpose.RENEWAL, smsCode.strip());
        } catch (InvalidInputException e) {
            proofs.refused(held, actor, "WRONG_SMS_CODE", -1);
            throw e;
        }
        return proofs.keep(account, held, ("sms " + mobile.masked()).getBytes(StandardCharsets.UTF_8), null, "SMS",
                actor);
    }

    private static HeldCertificateView cloud(HeldCertificateView held) {
        if (!held.keyInCloud()) {
            throw new ConflictException("lifecycle.possession.smsCloudOnly",
                    held.serialHex() + " is not a cloud certificate: its key proves possession on its token");
        }
        return held;
    }
}
