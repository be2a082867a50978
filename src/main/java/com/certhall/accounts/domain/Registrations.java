package com.certhall.accounts.domain;

import com.certhall.accounts.AccountRegistered;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.Uscc;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers person and enterprise accounts. Order matters: every field is checked first (all errors at once),
 * then uniqueness (409), then the SMS code, so a typo never costs the code.
 */
@Service
public class Registrations {

    private final Accounts accounts;
    private final StaffUsers staff;
    private final SmsChallengeService sms;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(Accounts accounts, StaffUsers staff, SmsChallengeService sms, PasswordEncoder encoder,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.sms = sms;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID register(Commands.RegisterPerson cmd, Locale locale) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> checkCode(cmd.smsCode()));
        String loginName = errors.check(() -> personLoginName(cmd.loginName()));
        String realName = errors.check(() -> Fields.required("realName", cmd.realName(), 50));
        String email = errors.check(() -> Fields.email("email", cmd.email()));
        errors.check(() -> password(cmd.password(), Fields.text(cmd.loginName())));
        errors.throwIfAny();
        List<FieldViolation> taken = new ArrayList<>();
        if (accounts.existsByLoginKey(LoginNames.key(loginName)) || staff.existsByUsername(LoginNames.key(loginName))
                || ReservedNames.isReserved(loginName)) {
            taken.add(DuplicateException.taken("loginName"));
        }
        checkMobileAndEmail(mobile, email, taken);
        sms.verify(mobile, SmsPurpose.REGISTER, cmd.smsCode());
        Account account = accounts.save(Account.person(loginName, realName, mobile, email,
                encoder.encode(cmd.password()), locale, clock.instant()));
        publish(account, locale);
        return account.id();
    }

    @Transactional
    public UUID register(Commands.RegisterEnterprise cmd, Locale locale) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Uscc uscc = errors.check(() -> Uscc.parse("uscc", cmd.uscc()));
        String name = errors.check(() -> Fields.required("enterpriseName", cmd.enterpriseName(), 100));
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> checkCode(cmd.smsCode()));
        errors.check(() -> password(cmd.password(), uscc == null ? Fields.text(cmd.uscc()) : uscc.value()));
        errors.throwIfAny();
        List<FieldViolation> taken = new ArrayList<>();
        if (accounts.existsByUscc(uscc.value()) || accounts.existsByLoginKey(LoginNames.key(uscc.value()))) {
            taken.add(DuplicateException.taken("uscc"));
        }
        checkMobileAndEmail(mobile, null, taken);
        sms.verify(mobile, SmsPurpose.REGISTER, cmd.smsCode());
        Account account = accounts.save(Account.enterprise(uscc, name, mobile, encoder.encode(cmd.password()), locale,
                clock.instant()));
        publish(account, locale);
        return account.id();
    }

    private void checkMobileAndEmail(MobileNumber mobile, String email, List<FieldViolation> taken) {
        if (accounts.existsByMobile(mobile.value())) {
            taken.add(DuplicateException.taken("mobile"));
        }
        if (email != null && accounts.existsByEmailKey(LoginNames.key(email))) {
            taken.add(DuplicateException.taken("email"));
        }
        if (!taken.isEmpty()) {
            throw new DuplicateException(taken);
        }
    }

    private static String personLoginName(String raw) {
        String name = LoginNames.parse("loginName", raw);
        if (Uscc.isValid(name)) {
            throw InvalidInputException.of("loginName", "format", "accounts.validation.loginName.format",
                    "loginName");
        }
        return name;
    }

    private static boolean checkCode(String code) {
        SmsChallengeDesk.checkFormat(code);
        return true;
    }

    private static boolean password(String password, String loginName) {
        PasswordPolicy.check("password", password, loginName);
        return true;
    }

    private void publish(Account account, Locale locale) {
        events.publishEvent(new AccountRegistered(account.id(), account.type().name(), account.loginName(),
                account.displayName(), account.mobile().value(), account.email(), account.createdAt(), locale));
    }
}
