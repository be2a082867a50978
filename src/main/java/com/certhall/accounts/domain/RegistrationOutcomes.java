package com.certhall.accounts.domain;

import com.certhall.accounts.AccountRegistered;
import com.certhall.accounts.RegistrationNotCompleted;
import com.certhall.shared.MobileNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a registration whose fields and SMS code passed ends: the account is created ({@link AccountRegistered}), or on
 * any clash with an existing account or a reserved name it is not, and {@link RegistrationNotCompleted} tells the
 * proven number and the owners of the clashing accounts by SMS instead (docs/security.md, "Accounts").
 */
@Component
class RegistrationOutcomes {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    RegistrationOutcomes(Accounts accounts, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates the account {@code account} makes at the time, unless anything clashes; the answer is the same. */
    Registrations.Received complete(MobileNumber mobile, Set<Optional<Account>> clashes, boolean reservedName,
            Locale locale, Function<Instant, Account> account) {
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
                Account created = accounts.saveAndFlush(account.apply(clock.instant()));
                events.publishEvent(new AccountRegistered(created.id(), created.type().name(), created.loginName(),
                        created.displayName(), created.mobile().value(), created.email(), created.createdAt(),
                        locale));
            });
        } catch (DataIntegrityViolationException concurrentTwin) {
            // a registration with the same details committed a moment earlier: the same clash, told the same way
            tx.executeWithoutResult(status -> events.publishEvent(clashed));
        }
        return new Registrations.Received(mobile.masked());
    }
}
