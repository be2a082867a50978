package com.certhall.accounts.domain;

import com.certhall.accounts.MobileChanged;
import com.certhall.accounts.PasswordChanged;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by SMS (a password the user chooses, never a default), password change and mobile change. */
@Service
public class Credentials {

    private final Accounts accounts;
    private final SmsChallengeService sms;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Credentials(Accounts accounts, SmsChallengeService sms, PasswordEncoder encoder, ApplicationEventPublisher events,
            AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.sms = sms;
        this.encoder = encoder;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Forgot password: the code sent for RESET_PASSWORD proves the mobile; the reset also lifts a lock-out. */
    @Transactional
    public void reset(Commands.ResetPassword cmd, Locale locale) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> code(cmd.smsCode()));
        errors.throwIfAny();
        Account account = accounts.findByMobile(mobile.value()).orElseThrow(() -> notRegistered("mobile"));
        PasswordPolicy.check("newPassword", cmd.newPassword(), account.loginName());
        sms.verify(mobile, SmsPurpose.RESET_PASSWORD, cmd.smsCode());
        account.changePassword(encoder.encode(cmd.newPassword()));
        events.publishEvent(new PasswordChanged(account.id(), mobile.value(), true, clock.instant(), locale));
    }

    @Transactional
    public void change(UUID accountId, String oldPassword, String newPassword, Locale locale) {
        Account account = load(accountId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(() -> Fields.required("oldPassword", oldPassword, 128));
        errors.check(() -> {
            PasswordPolicy.check("newPassword", newPassword, account.loginName());
            return true;
        });
        errors.throwIfAny();
        if (!encoder.matches(oldPassword, account.passwordHash())) {
            audit.recordNow(AuditRecord.of("accounts.password.changeRefused", "applicant:" + accountId,
                    "account:" + accountId).with("reason", "wrongOldPassword"));
            throw InvalidInputException.of("oldPassword", "wrong", "accounts.validation.oldPassword.wrong",
                    "oldPassword");
        }
        account.changePassword(encoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(account.id(), account.mobile().value(), false, clock.instant(),
                locale));
    }

    /** The code must have gone to the new number with purpose CHANGE_MOBILE. */
    @Transactional
    public void changeMobile(UUID accountId, String newMobile, String smsCode, Locale locale) {
        Account account = load(accountId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", newMobile));
        errors.check(() -> code(smsCode));
        errors.throwIfAny();
        if (mobile.equals(account.mobile())) {
            throw InvalidInputException.of("mobile", "unchanged", "accounts.validation.mobile.unchanged", "mobile");
        }
        if (accounts.existsByMobile(mobile.value())) {
            throw new DuplicateException(List.of(DuplicateException.taken("mobile")));
        }
        sms.verify(mobile, SmsPurpose.CHANGE_MOBILE, smsCode);
        MobileNumber old = account.mobile();
        account.changeMobile(mobile);
        events.publishEvent(new MobileChanged(account.id(), old.value(), mobile.value(), clock.instant(), locale));
    }

    private Account load(UUID accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("Account", accountId));
    }

    static InvalidInputException notRegistered(String field) {
        return InvalidInputException.of(field, "notRegistered", "accounts.validation.mobile.notRegistered", field);
    }

    private static boolean code(String code) {
        SmsChallengeDesk.checkFormat(code);
        return true;
    }
}
