package com.certhall.accounts.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsCodeIssued;
import com.certhall.accounts.SmsPurpose;
import com.certhall.accounts.SmsSendLimits;
import com.certhall.shared.DataProtection;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.SmsCode;
import com.certhall.shared.MobileNumber;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues and checks SMS codes. Every code counts against {@link SmsSendLimits}; the SMS itself goes out through
 * {@link SmsCodeIssued}. A check never opens a second transaction beside the caller's: it joins the caller's, or
 * runs its own when the caller has none; a wrong try is counted atomically, and counted again after the caller's
 * transaction if that one rolls back (docs/security.md, "Accounts").
 */
@Service
class SmsChallengeDesk implements SmsChallengeService {

    private final SmsChallenges challenges;
    private final SmsSendLimits limits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final AfterTransaction after;
    private final Clock clock;
    private final DataProtection protection;
    private final SecureRandom random = new SecureRandom();
    private final long resendSeconds;

    SmsChallengeDesk(SmsChallenges challenges, SmsSendLimits limits, AccountsProperties properties,
            ApplicationEventPublisher events, TransactionTemplate tx, AfterTransaction after, Clock clock,
            DataProtection protection) {
        this.protection = protection;
        this.challenges = challenges;
        this.limits = limits;
        this.events = events;
        this.tx = tx;
        this.after = after;
        this.clock = clock;
        this.resendSeconds = properties.sms().resendInterval().toSeconds();
    }

    @Override
    @Transactional
    public SmsChallengeTicket issue(MobileNumber mobile, SmsPurpose purpose, Locale locale, @Nullable String clientIp) {
        return ticket(create(mobile, purpose, clientIp, protection::encrypt, challenge -> events.publishEvent(
                new SmsCodeIssued(challenge.id(), mobile.value(), purpose, challenge.expiresAt(), locale))));
    }

    /**
     * Answers exactly as {@link #issue} (same limits, same ticket) but sends nothing: for a number that must not
     * learn whether it has an account (LOGIN or RESET_PASSWORD to an unknown number). The stored code is random
     * and known to nobody (not even sealed), so a check against it fails like any wrong code.
     */
    @Transactional
    SmsChallengeTicket withhold(MobileNumber mobile, SmsPurpose purpose, @Nullable String clientIp) {
        return ticket(create(mobile, purpose, clientIp, code -> null, challenge -> { }));
    }

    private SmsChallenge create(MobileNumber mobile, SmsPurpose purpose, @Nullable String clientIp,
            Function<String, String> seal, Consumer<SmsChallenge> send) {
        limits.admit(mobile, purpose.name(), null, clientIp);
        String code = String.format("%06d", random.nextInt(1_000_000));
        SmsChallenge challenge = challenges.save(new SmsChallenge(mobile, purpose, code, seal, clientIp,
                clock.instant()));
        send.accept(challenge);
        return challenge;
    }

    @Override
    @Transactional
    public Optional<String> codeToSend(UUID challengeId) {
        return challenges.findById(challengeId).flatMap(c -> c.sealedCode(clock.instant())).map(protection::decrypt);
    }

    private SmsChallengeTicket ticket(SmsChallenge challenge) {
        return new SmsChallengeTicket(challenge.id(), challenge.expiresAt(),
                challenge.createdAt().plusSeconds(resendSeconds));
    }

    @Override
    public void verify(MobileNumber mobile, SmsPurpose purpose, String code) {
        String digits = checkFormat(code);
        check(() -> challenges.findFirstByMobileAndPurposeOrderByCreatedAtDesc(mobile.value(), purpose), purpose,
                digits);
    }

    @Override
    public MobileNumber verify(UUID challengeId, SmsPurpose purpose, String code) {
        return check(() -> challenges.findById(challengeId), purpose, checkFormat(code));
    }

    private MobileNumber check(Supplier<Optional<SmsChallenge>> find, SmsPurpose purpose, String code) {
        boolean callersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        if (callersTransaction && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // PostgreSQL refuses the update that uses the code up; H2 would let it pass, so say it here
            throw new IllegalStateException("an SMS code is checked in a writable transaction");
        }
        // nothing is thrown inside: an exception would mark the caller's transaction rollback-only
        Outcome outcome = tx.execute(status -> {
            Optional<SmsChallenge> found = find.get();
            if (found.isEmpty()) {
                return new Outcome(null, null, SmsChallenge.expired());
            }
            SmsChallenge challenge = found.get();
            try {
                if (challenge.matches(code, purpose, clock.instant())) {
                    return challenges.use(challenge.id(), SmsChallenge.Status.OPEN, SmsChallenge.Status.USED,
                            SmsChallenge.MAX_TRIES) == 1 ? new Outcome(challenge.mobile(), null, null)
                            : new Outcome(null, null, SmsChallenge.expired());
                }
            } catch (InvalidInputException expired) {
                return new Outcome(null, null, expired);
            }
            countWrongTry(challenge.id());
            return new Outcome(null, challenge.id(), SmsChallenge.wrong(challenges.attempts(challenge.id())));
        });
        if (outcome.mobile() != null) {
            return outcome.mobile();
        }
        if (outcome.wrongTry() != null && callersTransaction) {
            UUID id = outcome.wrongTry();
            after.run(() -> tx.executeWithoutResult(status -> countWrongTry(id)), true);
        }
        throw outcome.refusal();
    }

    private void countWrongTry(UUID id) {
        challenges.countWrongTry(id, SmsChallenge.Status.OPEN);
        challenges.killIfExhausted(id, SmsChallenge.Status.OPEN, SmsChallenge.Status.DEAD, SmsChallenge.MAX_TRIES);
    }

    private record Outcome(@Nullable MobileNumber mobile, @Nullable UUID wrongTry,
            @Nullable InvalidInputException refusal) {
    }

    /**
     * The shape of a code, checked before any try is counted; spaces, dashes and full-width digits as people paste
     * them are tolerated ({@link SmsCode}). Returns the six digits.
     */
    static String checkFormat(@Nullable String code) {
        String digits = SmsCode.normalize(code);
        if (digits == null) {
            throw InvalidInputException.of("smsCode", "required", "validation.required", "smsCode");
        }
        if (!SmsCode.wellFormed(digits)) {
            throw InvalidInputException.of("smsCode", "format", "accounts.validation.smsCode.format", "smsCode");
        }
        return digits;
    }
}
