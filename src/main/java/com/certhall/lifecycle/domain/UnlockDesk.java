package com.certhall.lifecycle.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.HeldStatus;
import com.certhall.lifecycle.SmsCodeSent;
import com.certhall.lifecycle.UnlockCode;
import com.certhall.lifecycle.UnlockCodeIssued;
import com.certhall.lifecycle.UnlockManagement;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.pki.TokenUnlock;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CA's side of UKEY unblocking behind {@code lifecycle.UnlockManagement}: the holder's identity is an SMS code
 * (purpose UNLOCK) to the certificate's handler mobile — the number its PIN went to; then {@link TokenUnlock} answers
 * the challenge. One code per token and challenge; the challenge lives {@link #LIFETIME} on the token, so does the
 * code. Refusals are audited at once; the code never reaches a log, an event or the database.
 */
@Service
public class UnlockDesk {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final CertificateRecords records;
    private final OrderManagement orders;
    private final HandlerMobiles mobiles;
    private final SmsChallengeService sms;
    private final TokenUnlock tokens;
    private final UnlockGrants grants;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    UnlockDesk(CertificateRecords records, OrderManagement orders, HandlerMobiles mobiles, SmsChallengeService sms,
            TokenUnlock tokens, UnlockGrants grants, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.records = records;
        this.orders = orders;
        this.mobiles = mobiles;
        this.sms = sms;
        this.tokens = tokens;
        this.grants = grants;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UnlockManagement.Target target(String serial, UUID accountId) {
        HeldCertificateView c = records.owned(serial, accountId);
        return new UnlockManagement.Target(c.serialHex(), c.subjectName(), c.medium(), c.status(), c.tokenSerial(),
                mobiles.of(c).masked());
    }

    @Transactional
    public SmsCodeSent sendSmsCode(String serial, UUID accountId, Locale locale) {
        HeldCertificateView c = unlockable(serial, accountId);
        MobileNumber mobile = mobiles.of(c);
        SmsChallengeTicket ticket = sms.issue(mobile, SmsPurpose.UNLOCK, locale, null);
        return new SmsCodeSent(mobile.masked(), ticket.expiresAt(), ticket.resendAfter());
    }

    @Transactional
    public UnlockCode issue(String serial, UUID accountId, String challenge, String smsCode) {
        HeldCertificateView c = unlockable(serial, accountId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String canonical = challenge(challenge, errors);
        if (smsCode == null || smsCode.isBlank()) {
            errors.add(FieldViolation.of("smsCode", "required", "validation.required", "smsCode"));
        }
        errors.throwIfAny();
        String key = fresh(c, accountId, canonical);
        sms.verify(mobiles.of(c), SmsPurpose.UNLOCK, smsCode);
        return give(c, accountId, canonical, key);
    }

    /**
     * The response code through an UNLOCK order (docs/api.md, "Certificate lifecycle"): the order's checks — the SMS
     * signature to the handler on record, approved at submission — stand for the SMS code; one code per order, which
     * is then done.
     */
    @Transactional
    public UnlockCode issueForOrder(OrderId id, UUID accountId, String challenge, String actor) {
        OrderView order = orders.getOwned(id, accountId);
        if (order.type() != OrderType.UNLOCK || order.certificateSerial() == null) {
            throw new ConflictException("lifecycle.unlock.notUnlockOrder", "order " + id + " is not an unlock");
        }
        if (order.status() == OrderStatus.COMPLETED) {
            throw new ConflictException("lifecycle.unlock.orderUsed", "order " + id + " gave its code");
        }
        if (order.status() != OrderStatus.APPROVED) {
            throw new ConflictException("lifecycle.unlock.orderNotApproved", "order " + id + " is " + order.status());
        }
        HeldCertificateView c = unlockable(order.certificateSerial(), accountId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String canonical = challenge(challenge, errors);
        errors.throwIfAny();
        String key = fresh(c, accountId, canonical);
        UnlockCode code = give(c, accountId, canonical, key);
        orders.complete(id, actor);
        return code;
    }

    private static String challenge(String challenge, InvalidInputException.Collector errors) {
        String canonical = TokenUnlock.canonical(challenge);
        if (canonical == null) {
            errors.add(FieldViolation.of("challenge", challenge == null || challenge.isBlank() ? "required"
                    : "format", challenge == null || challenge.isBlank() ? "validation.required"
                    : "pki.validation.challenge", "challenge"));
        }
        return canonical;
    }

    /** The grant key of a challenge no code was given for yet; a second request is refused and audited. */
    private String fresh(HeldCertificateView c, UUID accountId, String canonical) {
        String key = challengeKey(c.tokenSerial(), canonical);
        if (grants.given(c.tokenSerial(), key)) {
            audit.recordNow(AuditRecord.of("lifecycle.unlock.refused", "applicant:" + accountId,
                    "certificate:" + c.serialHex()).with("token", c.tokenSerial()).with("why", "challengeUsed"));
            throw new ConflictException("lifecycle.unlock.challengeUsed", "a code was given for this challenge");
        }
        return key;
    }

    private UnlockCode give(HeldCertificateView c, UUID accountId, String canonical, String key) {
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        String code = tokens.responseCode(c.tokenSerial(), canonical);
        grants.save(new UnlockGrant(c.serialHex(), c.tokenSerial(), key, accountId, now, expires));
        events.publishEvent(new UnlockCodeIssued(c.serialHex(), c.tokenSerial(), accountId, expires));
        return new UnlockCode(code, c.tokenSerial(), expires);
    }

    private HeldCertificateView unlockable(String serial, UUID accountId) {
        HeldCertificateView c = records.owned(serial, accountId);
        if (!"UKEY".equals(c.medium()) || c.tokenSerial() == null) {
            // a cloud certificate's PIN is reset with the signing service (docs/lifecycle.md, "PIN unlock")
            throw new ConflictException("lifecycle.unlock.noToken", "the certificate is not on a UKEY");
        }
        if (c.status() != HeldStatus.VALID) {
            throw new ConflictException("lifecycle.unlock.notValid", "the certificate is not valid");
        }
        return c;
    }


    private static String challengeKey(String tokenSerial, String challenge) {
        return Sha256.hex((tokenSerial + ":" + challenge).getBytes(StandardCharsets.US_ASCII));
    }
}
