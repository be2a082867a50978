package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.PasswordSignInThrottled;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;

    Logins(LoginLookup lookup, CaptchaService captchas, SmsChallengeService sms, PasswordEncoder encoder,
            LoginThrottle throttle, ApplicationEventPublisher events, TransactionTemplate tx, AuditTrail audit,
            Clock clock) {
        this.lookup = lookup;
        this.captchas = captchas;
        this.sms = sms;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
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
        LoginThrottle.Key source = throttle.source(clientIp);
        throttle.check("accounts.error.throttled", who, source);
        String hash = staffUser.map(StaffUser::passwordHash).or(() -> account.map(Account::passwordHash))
                .orElseGet(lookup::dummyHash);
        boolean known = staffUser.isPresent() || account.isPresent();
        String actor = staffUser.map(s -> "staff:" + s.username())
                .or(() -> account.map(a -> "applicant:" + a.id())).orElse("anonymous");
        if (!encoder.matches(cmd.password(), hash) || !known) {
            missed(who, source, actor, account);
            throw new LoginRefusedException("accounts.error.loginRefused");
        }
        throttle.clear(who);
        audit.recordNow(ok(actor, "password"));
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
        LoginThrottle.Key source = throttle.source(clientIp);
        throttle.check("accounts.error.throttled", source);
        try {
            sms.verify(mobile, SmsPurpose.LOGIN, cmd.smsCode());
        } catch (InvalidInputException e) {
            throttle.fail(source);
            audit.recordNow(failed("mobile:" + mobile.masked(), "sms"));
            throw e;
        }
        Account account = lookup.byMobile(mobile).orElseThrow(() -> {
            audit.recordNow(failed("mobile:" + mobile.masked(), "sms"));
            return new LoginRefusedException("accounts.error.smsLoginRefused");
        });
        // the code proved the mobile: password sign-in starts afresh (NIST SP 800-63B §5.2.2)
        throttle.clear(LoginThrottle.account(account.id()));
        audit.recordNow(ok("applicant:" + account.id(), "sms"));
        return AuthenticatedUser.applicant(account.id(), account.loginName());
    }

    private void missed(LoginThrottle.Key who, LoginThrottle.Key source, String actor, Optional<Account> account) {
        long failures = throttle.fail(who, source);
        audit.recordNow(failed(actor, "password").with("failures", failures));
        if (failures != who.policy().freeFailures()) {
            return;
        }
        audit.recordNow(AuditRecord.of("accounts.login.throttled", actor, actor)
                .with("delaySeconds", who.policy().delay(failures).toSeconds()));
        account.ifPresent(a -> tx.executeWithoutResult(s -> events.publishEvent(new PasswordSignInThrottled(a.id(),
                a.mobile().value(), clock.instant().plus(who.policy().delay(failures)), a.locale()))));
    }

    private static AuditRecord ok(String actor, String method) {
        return AuditRecord.of("accounts.login.succeeded", actor, actor).with("method", method);
    }

    private static AuditRecord failed(String actor, String method) {
        return AuditRecord.of("accounts.login.failed", actor, actor).with("method", method);
    }
}
