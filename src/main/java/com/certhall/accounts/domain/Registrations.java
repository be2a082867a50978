package com.certhall.accounts.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.Uscc;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Registers person and enterprise accounts. Every field's shape is checked first (all errors at once), then the
 * SMS code, and only then the existing accounts: whether the mobile, login name, USCC or e-mail is taken never
 * changes the answer (docs/security.md, "Accounts"). A clash is told by SMS to the proven number and to the owners
 * of the clashing accounts instead ({@link RegistrationOutcomes}).
 */
@Service
public class Registrations {

    private final Accounts accounts;
    private final StaffUsers staff;
    private final SmsChallengeService sms;
    private final PasswordEncoder encoder;
    private final RegistrationOutcomes outcomes;

    Registrations(Accounts accounts, StaffUsers staff, SmsChallengeService sms, PasswordEncoder encoder,
            RegistrationOutcomes outcomes) {
        this.accounts = accounts;
        this.staff = staff;
        this.sms = sms;
        this.encoder = encoder;
        this.outcomes = outcomes;
    }

    /** What every registration answers, created or not: the outcome went to this (masked) mobile by SMS. */
    public record Received(String mobile) {
    }

    public Received register(Commands.RegisterPerson cmd, Locale locale) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> checkCode(cmd.smsCode()));
        String loginName = errors.check(() -> personLoginName(cmd.loginName()));
        String realName = errors.check(() -> Fields.required("realName", cmd.realName(), 50));
        String email = errors.check(() -> Fields.email("email", cmd.email()));
        errors.check(() -> password(cmd.password(), Fields.text(cmd.loginName())));
        errors.throwIfAny();
        sms.verify(mobile, SmsPurpose.REGISTER, cmd.smsCode());
        Set<Optional<Account>> clashes = new LinkedHashSet<>();
        boolean nameTaken = staff.existsByUsername(LoginNames.key(loginName)) || ReservedNames.isReserved(loginName);
        clashes.add(accounts.findByLoginKey(LoginNames.key(loginName)));
        clashes.add(email == null ? Optional.empty() : accounts.findByEmailKey(LoginNames.key(email)));
        String hash = encoder.encode(cmd.password());
        return outcomes.complete(mobile, clashes, nameTaken, locale, now -> Account.person(loginName, realName, mobile,
                email, hash, locale, now));
    }

    public Received register(Commands.RegisterEnterprise cmd, Locale locale) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Uscc uscc = errors.check(() -> Uscc.parse("uscc", cmd.uscc()));
        String name = errors.check(() -> Fields.required("enterpriseName", cmd.enterpriseName(), 100));
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", cmd.mobile()));
        errors.check(() -> checkCode(cmd.smsCode()));
        errors.check(() -> password(cmd.password(), uscc == null ? Fields.text(cmd.uscc()) : uscc.value()));
        errors.throwIfAny();
        sms.verify(mobile, SmsPurpose.REGISTER, cmd.smsCode());
        Set<Optional<Account>> clashes = new LinkedHashSet<>();
        clashes.add(accounts.findByUscc(uscc.value()));
        clashes.add(accounts.findByLoginKey(LoginNames.key(uscc.value())));
        String hash = encoder.encode(cmd.password());
        return outcomes.complete(mobile, clashes, false, locale, now -> Account.enterprise(uscc, name, mobile, hash,
                locale, now));
    }

    private static String personLoginName(@Nullable String raw) {
        String name = LoginNames.parse("loginName", raw);
        if (Uscc.isValid(name)) {
            throw InvalidInputException.of("loginName", "format", "accounts.validation.loginName.format",
                    "loginName");
        }
        return name;
    }

    private static boolean checkCode(@Nullable String code) {
        SmsChallengeDesk.checkFormat(code);
        return true;
    }

    private static boolean password(@Nullable String password, String loginName) {
        PasswordPolicy.check("password", password, loginName);
        return true;
    }
}
