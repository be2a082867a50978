package com.certhall.accounts.domain;

import com.certhall.accounts.AccountRegistered;
import com.certhall.accounts.RegistrationNotCompleted;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.Uscc;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers person and enterprise accounts. Every field's shape is checked first (all errors at once), then the
 * SMS code, and only then the existing accounts: whether the mobile, login name, USCC or e-mail is taken never
 * changes the answer (docs/security.md, "Accounts"). A clash is told by SMS to the proven number and to the owners
 * of the clashing accounts instead ({@link RegistrationNotCompleted}).
 */
@Service
public class Registrations {

    private final Accounts accounts;
    private final StaffUsers staff;
    private final SmsChallengeService sms;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    Registrations(Accounts accounts, StaffUsers staff, SmsChallengeService sms, PasswordEncoder encoder,
            ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.sms = sms;
        this.encoder = encoder;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
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
        return complete(mobile, clashes, nameTaken, locale, () -> Account.person(loginName, realName, mobile, email,
                hash, locale, clock.instant()));
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
        return complete(mobile, clashes, false, locale, () -> Account.enterprise(uscc, name, mobile, hash, locale,
                clock.instant()));
    }

    private Received complete(MobileNumber mobile, Set<Optional<Account>> clashes, boolean reservedName,
            Locale locale, Supplier<Account> account) {
        Optional<Account> sameMobile = accounts.findByMobile(mobile.value());
        Set<String> owners = new LinkedHashSet<>();
        clashes.stream().flatMap(Optional::stream).map(a -> a.mobile().value())
                .filter(m -> !m.equals(mobile.value())).forEach(owners::add);
        boolean clash = reservedName || sameMobile.isPresent() || clashes.stream().anyMatch(Optional::isPresent);
        RegistrationNotCompleted clashed = new RegistrationNotCompleted(UUID.randomUUID(), mobile.value(),
                sameMobile.isPresent(), owners.stream().toList(), clock.instant(), locale);
        try {
            tx.executeWithoutResult(status -> {
                if (clash) {
                    events.publishEvent(clashed);
                    return;
                }
                Account created = accounts.saveAndFlush(account.get());
                events.publishEvent(new AccountRegistered(created.id(), created.type().name(), created.loginName(),
                        created.displayName(), created.mobile().value(), created.email(), created.createdAt(),
                        locale));
            });
        } catch (DataIntegrityViolationException concurrentTwin) {
            // a registration with the same details committed a moment earlier: the same clash, told the same way
            tx.executeWithoutResult(status -> events.publishEvent(clashed));
        }
        return new Received(mobile.masked());
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
