package com.certhall.accounts.domain;

import com.certhall.accounts.AccountLockedOut;
import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password and SMS-code logins for applicants and staff. Wrong passwords are counted and lock the credential
 * ({@link LoginGuard}); the count commits although the login answers with an error. Every outcome is audited
 * with {@code recordNow}, so failures stay in the log.
 */
@Service
public class Logins {

    private final LoginLookup lookup;
    private final CaptchaService captchas;
    private final SmsChallengeService sms;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Logins(LoginLookup lookup, CaptchaService captchas, SmsChallengeService sms, PasswordEncoder encoder,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.lookup = lookup;
        this.captchas = captchas;
        this.sms = sms;
        this.encoder = encoder;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Login name, mobile, e-mail or USCC (or a staff username) + password + captcha. */
    @Transactional(noRollbackFor = ProblemException.class)
    public AuthenticatedUser withPassword(Commands.PasswordLogin cmd, boolean staffOnly) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String login = errors.check(() -> Fields.required("login", cmd.login(), 254));
        errors.check(() -> Fields.required("password", cmd.password(), 128));
        errors.check(() -> Fields.required("captchaAnswer", cmd.captchaAnswer(), 16));
        errors.throwIfAny();
        captchas.check(Fields.text(cmd.captchaId()), cmd.captchaAnswer());
        Optional<StaffUser> staffUser = lookup.staff(login);
        if (staffUser.isPresent()) {
            return staffLogin(staffUser.get(), cmd.password());
        }
        Optional<Account> account = staffOnly ? Optional.empty() : lookup.applicant(login);
        if (account.isEmpty()) {
            encoder.matches(cmd.password(), lookup.dummyHash());
            audit.recordNow(AuditRecord.of("accounts.login.failed", "anonymous", "login:unknown")
                    .with("method", "password"));
            throw new LoginRefusedException("accounts.error.loginRefused");
        }
        return applicantLogin(account.get(), cmd.password());
    }

    /** Mobile + SMS code issued for {@link SmsPurpose#LOGIN}. */
    @Transactional(noRollbackFor = ProblemException.class)
    public AuthenticatedUser withSmsCode(Commands.SmsLogin cmd) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> {
            SmsChallengeDesk.checkFormat(cmd.smsCode());
            return true;
        });
        errors.throwIfAny();
        Account account = lookup.byMobile(mobile).orElseThrow(() -> {
            audit.recordNow(AuditRecord.of("accounts.login.failed", "anonymous", "mobile:" + mobile.masked())
                    .with("method", "sms"));
            return new LoginRefusedException("accounts.error.smsLoginRefused");
        });
        account.checkNotLocked(clock.instant());
        try {
            sms.verify(mobile, SmsPurpose.LOGIN, cmd.smsCode());
        } catch (InvalidInputException e) {
            audit.recordNow(failed("applicant:" + account.id(), "sms"));
            throw e;
        }
        account.recordSuccessfulLogin();
        audit.recordNow(ok("applicant:" + account.id(), "sms"));
        return AuthenticatedUser.applicant(account.id(), account.loginName());
    }

    private AuthenticatedUser applicantLogin(Account account, String password) {
        Instant now = clock.instant();
        String actor = "applicant:" + account.id();
        account.checkNotLocked(now);
        if (!encoder.matches(password, account.passwordHash())) {
            missed(actor, account.recordFailedLogin(now), account.lockedUntil());
            events.publishEvent(new AccountLockedOut(account.id(), account.mobile().value(),
                    account.lockedUntil(), account.locale()));
            throw new AccountLockedException(account.lockedUntil());
        }
        account.recordSuccessfulLogin();
        audit.recordNow(ok(actor, "password"));
        return AuthenticatedUser.applicant(account.id(), account.loginName());
    }

    private AuthenticatedUser staffLogin(StaffUser user, String password) {
        Instant now = clock.instant();
        String actor = "staff:" + user.username();
        user.checkNotLocked(now);
        if (!encoder.matches(password, user.passwordHash())) {
            boolean locked = user.recordFailedLogin(now);
            missed(actor, locked, null);
            throw new AccountLockedException(now.plus(LoginGuard.LOCK));
        }
        user.recordSuccessfulLogin();
        audit.recordNow(ok(actor, "password"));
        return AuthenticatedUser.staff(user.id(), user.username(), user.roles());
    }

    /** Audits a wrong password; unless it locked the credential, answers 401 right here. */
    private void missed(String actor, boolean locked, Instant lockedUntil) {
        audit.recordNow(failed(actor, "password"));
        if (!locked) {
            throw new LoginRefusedException("accounts.error.loginRefused");
        }
        audit.recordNow(AuditRecord.of("accounts.login.lockedOut", actor, actor)
                .with("lockedUntil", lockedUntil == null ? "" : lockedUntil.toString()));
    }

    private static AuditRecord ok(String actor, String method) {
        return AuditRecord.of("accounts.login.succeeded", actor, actor).with("method", method);
    }

    private static AuditRecord failed(String actor, String method) {
        return AuditRecord.of("accounts.login.failed", actor, actor).with("method", method);
    }
}
