package com.certhall.accounts.domain;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.SmsSendLimits;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SmsSendLimits} over the table of sends. Joins the caller's transaction, so a send that is rolled back (no
 * message goes out) does not count either; a refusal is audited after that transaction, on its own connection.
 */
@Service
class SmsGate implements SmsSendLimits {

    private final SmsSends sends;
    private final SmsSendPolicy policy;
    private final RequestOrigin origin;
    private final AfterTransaction after;
    private final AuditTrail audit;
    private final Clock clock;

    SmsGate(SmsSends sends, AccountsProperties properties, RequestOrigin origin, AfterTransaction after,
            AuditTrail audit, Clock clock) {
        this.sends = sends;
        this.policy = properties.sms().policy();
        this.origin = origin;
        this.after = after;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void admit(MobileNumber mobile, String kind, @Nullable UUID accountId, @Nullable String clientIp) {
        UUID account = accountId != null ? accountId : AuthenticatedUser.current()
                .filter(AuthenticatedUser::isApplicant).map(AuthenticatedUser::id).orElse(null);
        String address = clientIp != null ? clientIp : origin.clientAddress();
        Instant now = clock.instant();
        List<SmsSend> toNumber = sends.findByMobileAndSentAtAfterOrderBySentAtAsc(mobile.value(),
                now.minus(SmsSendPolicy.DAY));
        Optional<Duration> wait = policy.waitBeforeSending(times(toNumber),
                times(toNumber.stream().filter(s -> s.kind().equals(kind)).toList()),
                account == null ? List.of() : times(sends.findByAccountIdAndSentAtAfterOrderBySentAtAsc(account,
                        now.minus(SmsSendPolicy.DAY))),
                address == null ? List.of() : times(sends.findByClientIpAndSentAtAfterOrderBySentAtAsc(address,
                        now.minus(SmsSendPolicy.HOUR))), now);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            AuditRecord refused = AuditRecord.of("accounts.sms.refused",
                    account == null ? "anonymous" : "applicant:" + account, "mobile:" + mobile.masked())
                    .with("kind", kind).with("retryAfterSeconds", seconds).with("clientIp", address);
            after.run(() -> audit.recordNow(refused), false);
            throw new RateLimitedException("accounts.error.smsTooOften", Duration.ofSeconds(seconds), seconds);
        }
        sends.save(new SmsSend(mobile, kind, account, address, now));
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 900_000)
    @Transactional
    public void purgeOld() {
        sends.purgeBefore(clock.instant().minus(Duration.ofHours(25)));
    }

    private static List<Instant> times(List<SmsSend> sent) {
        return sent.stream().map(SmsSend::sentAt).toList();
    }
}
