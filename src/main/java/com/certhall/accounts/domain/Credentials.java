package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.MobileChanged;
import com.certhall.accounts.PasswordChanged;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.accounts.sessions.BrowserSessions;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by SMS (a password the user chooses, never a default), password change and mobile change. Each
 * ends every bearer token of the account (docs/security.md, "Accounts"). Checks run one after another, each in
 * its own short transaction, and the change itself in one more: never two connections at once.
 */
@Service
public class Credentials {

    private final Accounts accounts;
    private final SmsChallengeService sms;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final BearerTokens tokens;
    private final BrowserSessions browsers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;

    Credentials(Accounts accounts, SmsChallengeService sms, PasswordEncoder encoder, LoginThrottle throttle,
            BearerTokens tokens, BrowserSessions browsers, ApplicationEventPublisher events, TransactionTemplate tx,
            AuditTrail audit, Clock clock) {
        this.browsers = browsers;
        this.accounts = accounts;
        this.sms = sms;
        this.encoder = encoder;
        this.throttle = throttle;
        this.tokens = tokens;
        this.events = events;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Forgot password: the code sent for RESET_PASSWORD proves the mobile. An unknown mobile got no code, so its
     * answer is the one for a wrong code; nothing tells it apart from a known one. The reset also ends throttling.
     */
    public void reset(Commands.ResetPassword cmd, Locale locale) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> code(cmd.smsCode()));
        errors.check(() -> password("newPassword", cmd.newPassword(), ""));
        errors.throwIfAny();
        sms.verify(mobile, SmsPurpose.RESET_PASSWORD, cmd.smsCode());
        Account account = accounts.findByMobile(mobile.value()).orElseThrow(SmsChallenge::expired);
        PasswordPolicy.check("newPassword", cmd.newPassword(), account.loginName());
        String hash = encoder.encode(cmd.newPassword());
        change(account.id(), a -> a.changePassword(hash),
                a -> new PasswordChanged(a.id(), mobile.value(), true, clock.instant(), locale));
        throttle.clear(LoginThrottle.account(account.id()));
        throttle.clear(LoginThrottle.passwordChange(account.id()));
    }

    /** Needs the old password; wrong old passwords are throttled (5, then a pause). */
    public void change(UUID accountId, String oldPassword, String newPassword, Locale locale) {
        Account account = load(accountId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(() -> Fields.required("oldPassword", oldPassword, 128));
        errors.check(() -> password("newPassword", newPassword, account.loginName()));
        errors.throwIfAny();
        provePassword(account, "oldPassword", oldPassword);
        String hash = encoder.encode(newPassword);
        change(accountId, a -> a.changePassword(hash),
                a -> new PasswordChanged(a.id(), a.mobile().value(), false, clock.instant(), locale));
    }

    /**
     * The code must have gone to the new number with purpose CHANGE_MOBILE, and the owner proves himself with
     * the password or with a CHANGE_MOBILE code sent to the current number.
     */
    public void changeMobile(UUID accountId, Commands.ChangeMobile cmd, Locale locale) {
        Account account = load(accountId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> code(cmd.smsCode()));
        boolean byPassword = cmd.password() != null && !cmd.password().isEmpty();
        if (!byPassword && (cmd.oldSmsCode() == null || cmd.oldSmsCode().isBlank())) {
            errors.add(FieldViolation.of("password", "passwordOrOldCode",
                    "accounts.validation.mobile.proofRequired", "password"));
        }
        errors.throwIfAny();
        if (mobile.equals(account.mobile())) {
            throw InvalidInputException.of("mobile", "unchanged", "accounts.validation.mobile.unchanged", "mobile");
        }
        if (byPassword) {
            provePassword(account, "password", cmd.password());
        } else {
            verifyOldNumber(account.mobile(), cmd.oldSmsCode());
        }
        sms.verify(mobile, SmsPurpose.CHANGE_MOBILE, cmd.smsCode());
        if (accounts.existsByMobile(mobile.value())) {
            // the caller proved control of this number: telling him it has an account reveals nothing new
            throw new DuplicateException(List.of(DuplicateException.taken("mobile")));
        }
        MobileNumber old = account.mobile();
        change(accountId, a -> a.changeMobile(mobile),
                a -> new MobileChanged(a.id(), old.value(), mobile.value(), clock.instant(), locale));
    }

    private void provePassword(Account account, String field, String password) {
        LoginThrottle.Key key = LoginThrottle.passwordChange(account.id());
        throttle.check("accounts.error.throttled", key);
        if (!encoder.matches(password, account.passwordHash())) {
            long failures = throttle.fail(key);
            audit.recordNow(AuditRecord.of("accounts.password.changeRefused", "applicant:" + account.id(),
                    "account:" + account.id()).with("reason", "wrongPassword").with("failures", failures));
            throw InvalidInputException.of(field, "wrong", "accounts.validation.oldPassword.wrong", field);
        }
        throttle.clear(key);
    }

    private void verifyOldNumber(MobileNumber current, String code) {
        try {
            SmsChallengeDesk.checkFormat(code);
            sms.verify(current, SmsPurpose.CHANGE_MOBILE, code);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream().map(v -> new FieldViolation("oldSmsCode",
                    v.code(), v.messageKey(), v.args().stream()
                            .map(arg -> "smsCode".equals(arg) ? "oldSmsCode" : arg).toList())).toList());
        }
    }

    /**
     * The change, its event and the end of every token of the account, in one transaction; then the end of its other
     * browser sessions (after commit, so the request never holds two connections).
     */
    private void change(UUID accountId, Consumer<Account> change, java.util.function.Function<Account, ?> event) {
        String loginName = tx.execute(status -> {
            Account account = load(accountId);
            change.accept(account);
            tokens.revokeAll(AuthenticatedUser.Kind.APPLICANT, accountId);
            events.publishEvent(event.apply(account));
            return account.loginName();
        });
        browsers.endAll(AuthenticatedUser.Kind.APPLICANT, accountId, loginName);
    }

    private Account load(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
    }

    private static boolean code(@Nullable String code) {
        SmsChallengeDesk.checkFormat(code);
        return true;
    }

    private static boolean password(String field, @Nullable String password, String loginName) {
        PasswordPolicy.check(field, password, loginName);
        return true;
    }
}
