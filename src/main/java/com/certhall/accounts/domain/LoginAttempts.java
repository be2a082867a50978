package com.certhall.accounts.domain;

import com.certhall.accounts.PasswordSignInThrottled;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a login attempt leaves behind (docs/security.md, "Accounts"): failures counted per login and source by
 * {@link LoginThrottle}, every attempt audited at once (so a refusal is kept), and, when an account's password
 * sign-in starts being delayed, its holder told by SMS ({@link PasswordSignInThrottled}).
 */
@Component
class LoginAttempts {

    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginAttempts(LoginThrottle throttle, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate tx,
            Clock clock) {
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    LoginThrottle.Key source(@Nullable String clientIp) {
        return throttle.source(clientIp);
    }

    /** Refuses (429) while any of the keys must still wait. */
    void checkNotThrottled(LoginThrottle.Key... keys) {
        throttle.check("accounts.error.throttled", keys);
    }

    /** A login that got in: the login's failures are forgotten and the login audited. */
    void succeeded(LoginThrottle.Key who, String actor, String method) {
        throttle.clear(who);
        audit.recordNow(AuditRecord.of("accounts.login.succeeded", actor, actor).with("method", method));
    }

    /** A login refused without counting it against anyone (an SMS code proving a mobile no account has). */
    void refused(String actor, String method) {
        audit.recordNow(failed(actor, method));
    }

    /** A wrong SMS code: counted against the source. */
    void wrongCode(LoginThrottle.Key source, String actor) {
        throttle.fail(source);
        audit.recordNow(failed(actor, "sms"));
    }

    /** A wrong password or unknown login: counted against both; the account holder is told once delays start. */
    void wrongPassword(LoginThrottle.Key who, LoginThrottle.Key source, String actor, Optional<Account> account) {
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

    private static AuditRecord failed(String actor, String method) {
        return AuditRecord.of("accounts.login.failed", actor, actor).with("method", method);
    }
}
