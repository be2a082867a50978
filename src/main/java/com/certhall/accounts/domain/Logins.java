package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password and SMS-code logins for applicants and staff. Wrong passwords slow the account and the source address
 * down ({@link LoginThrottle}); nothing locks. A typed login that matches no account is throttled and answered
 * exactly like one that does. No method here runs inside a transaction: each step (captcha, lookup, throttle,
 * SMS check, audit) takes and returns its own connection, and the password hash is compared while none is held.
 */
@Service
public class Logins {

    private final LoginLookup lookup;
    private final CaptchaService captchas;
    private final SmsChallengeService sms;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;

    Logins(LoginLookup lookup, CaptchaService captchas, SmsChallengeService sms, PasswordEncoder encoder,
            LoginAttempts attempts) {
        this.lookup = lookup;
        this.captchas = captchas;
        this.sms = sms;
        this.encoder = encoder;
        this.attempts = attempts;
    }

    /** Login name, mobile, e-mail or USCC (or a staff username) + password + captcha. */
    public AuthenticatedUser withPassword(Commands.PasswordLogin cmd, boolean staffOnly, @Nullable String clientIp) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String login = errors.check(() -> Fields.required("login", cmd.login(), 254));
        errors.check(() -> Fields.required("password", cmd.password(), 128));
        errors.check(() -> Fields.required("captchaAnswer", cmd.captchaAnswer(), 16));
        errors.throwIfAny();
        captchas.check(Fields.text(cmd.captchaId()), cmd.captchaAnswer());
        Optional<StaffUser> staffUser = lookup.staff(login);
        Optional<Account> account = staffUser.isPresent() || staffOnly ? Optional.empty() : lookup.applicant(login);
        LoginThrottle.Key who = staffUser.map(s -> LoginThrottle.staff(s.id()))
                .or(() -> account.map(a -> LoginThrottle.account(a.id())))
                .orElseGet(() -> LoginThrottle.unknownLogin(login));
        LoginThrottle.Key source = attempts.source(clientIp);
        attempts.checkNotThrottled(who, source);
        String hash = staffUser.map(StaffUser::passwordHash).or(() -> account.map(Account::passwordHash))
                .orElseGet(lookup::dummyHash);
        boolean known = staffUser.isPresent() || account.isPresent();
        String actor = staffUser.map(s -> "staff:" + s.username())
                .or(() -> account.map(a -> "applicant:" + a.id())).orElse("anonymous");
        if (!encoder.matches(cmd.password(), hash) || !known) {
            attempts.wrongPassword(who, source, actor, account);
            throw new LoginRefusedException("accounts.error.loginRefused");
        }
        attempts.succeeded(who, actor, "password");
        return staffUser.map(s -> AuthenticatedUser.staff(s.id(), s.username(), s.roles()))
                .orElseGet(() -> AuthenticatedUser.applicant(account.get().id(), account.get().loginName()));
    }

    /** Mobile + SMS code issued for {@link SmsPurpose#LOGIN}; open while password sign-in is throttled. */
    public AuthenticatedUser withSmsCode(Commands.SmsLogin cmd, @Nullable String clientIp) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> {
            SmsChallengeDesk.checkFormat(cmd.smsCode());
            return true;
        });
        errors.throwIfAny();
        LoginThrottle.Key source = attempts.source(clientIp);
        attempts.checkNotThrottled(source);
        try {
            sms.verify(mobile, SmsPurpose.LOGIN, cmd.smsCode());
        } catch (InvalidInputException e) {
            attempts.wrongCode(source, "mobile:" + mobile.masked());
            throw e;
        }
        Account account = lookup.byMobile(mobile).orElseThrow(() -> {
            attempts.refused("mobile:" + mobile.masked(), "sms");
            return new LoginRefusedException("accounts.error.smsLoginRefused");
        });
        // the code proved the mobile: password sign-in starts afresh (NIST SP 800-63B §5.2.2)
        attempts.succeeded(LoginThrottle.account(account.id()), "applicant:" + account.id(), "sms");
        return AuthenticatedUser.applicant(account.id(), account.loginName());
    }
}
