package com.certhall.accounts.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsCodeIssued;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.DataProtection;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.RateLimitedException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues and checks SMS codes under {@link SmsSendPolicy}; the SMS itself goes out through {@link SmsCodeIssued}. */
@Service
class SmsChallengeDesk implements SmsChallengeService {

    private final SmsChallenges challenges;
    private final SmsSendPolicy policy;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final DataProtection protection;
    private final SecureRandom random = new SecureRandom();

    SmsChallengeDesk(SmsChallenges challenges, AccountsProperties properties, ApplicationEventPublisher events,
            AuditTrail audit, Clock clock, DataProtection protection) {
        this.protection = protection;
        this.challenges = challenges;
        this.policy = properties.sms().policy();
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SmsChallengeTicket issue(MobileNumber mobile, SmsPurpose purpose, Locale locale, @Nullable String clientIp) {
        Instant now = clock.instant();
        List<SmsChallenge> recent = challenges.findByMobileAndCreatedAtAfterOrderByCreatedAtAsc(mobile.value(),
                now.minus(SmsSendPolicy.DAY));
        List<Instant> toNumber = recent.stream().map(SmsChallenge::createdAt).toList();
        List<Instant> forPurpose = recent.stream().filter(c -> c.purpose() == purpose).map(SmsChallenge::createdAt)
                .toList();
        List<Instant> fromAddress = clientIp == null ? List.of()
                : challenges.findByClientIpAndCreatedAtAfterOrderByCreatedAtAsc(clientIp, now.minus(SmsSendPolicy.HOUR))
                        .stream().map(SmsChallenge::createdAt).toList();
        Optional<Duration> wait = policy.waitBeforeSending(toNumber, forPurpose, fromAddress, now);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            audit.recordNow(AuditRecord.of("accounts.sms.refused", "anonymous", "mobile:" + mobile.masked())
                    .with("purpose", purpose).with("retryAfterSeconds", seconds).with("clientIp", clientIp));
            throw new RateLimitedException("accounts.error.smsTooOften", Duration.ofSeconds(seconds), seconds);
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        SmsChallenge challenge = challenges.save(new SmsChallenge(mobile, purpose, code, protection::encrypt, clientIp,
                now));
        events.publishEvent(new SmsCodeIssued(challenge.id(), mobile.value(), purpose, challenge.expiresAt(), locale));
        return new SmsChallengeTicket(challenge.id(), challenge.expiresAt(), now.plus(policy.resendInterval()));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = InvalidInputException.class)
    public void verify(MobileNumber mobile, SmsPurpose purpose, String code) {
        checkFormat(code);
        SmsChallenge challenge = challenges.findFirstByMobileAndPurposeOrderByCreatedAtDesc(mobile.value(), purpose)
                .orElseThrow(SmsChallenge::expired);
        challenge.verify(code, purpose, clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = InvalidInputException.class)
    public MobileNumber verify(UUID challengeId, SmsPurpose purpose, String code) {
        checkFormat(code);
        SmsChallenge challenge = challenges.findById(challengeId).orElseThrow(SmsChallenge::expired);
        challenge.verify(code, purpose, clock.instant());
        return challenge.mobile();
    }

    @Override
    @Transactional
    public Optional<String> codeToSend(UUID challengeId) {
        return challenges.findById(challengeId).flatMap(c -> c.sealedCode(clock.instant())).map(protection::decrypt);
    }

    /** The shape of a code, checked before any try is counted. */
    static void checkFormat(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("smsCode", "required", "validation.required", "smsCode");
        }
        if (!code.trim().matches("\\d{6}")) {
            throw InvalidInputException.of("smsCode", "format", "accounts.validation.smsCode.format", "smsCode");
        }
    }
}
