package com.certhall.lifecycle.domain;

import com.certhall.accounts.CaptchaService;
import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsChallengeTicket;
import com.certhall.accounts.SmsPurpose;
import com.certhall.accounts.SmsSendLimits;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.lifecycle.CertificateQueryManagement.ActingHolder;
import com.certhall.lifecycle.CertificateQueryManagement.QueriedCertificate;
import com.certhall.lifecycle.CertificateQueryManagement.QueryHandler;
import com.certhall.lifecycle.CertificateQueryManagement.QueryResult;
import com.certhall.lifecycle.CertificateQueryManagement.QueryStarted;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.SmsCodeSent;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.ConflictException;
import com.certhall.shared.DataProtection;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate query without login behind {@code lifecycle.CertificateQueryManagement}. Who may receive the code
 * comes from the subject's orders that hold certificates ({@link QueryContacts}); a subject without any gets decoy
 * handlers derived from its keyed hash, the same on every try, and its "send" counts against the one SMS send policy
 * as a real send does, so neither the shape of the answers nor the rate limit tells known from unknown.
 */
@Service
public class CertificateLookup {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    private static final Duration RESEND = Duration.ofSeconds(60);

    private final CertificateQueries queries;
    private final QueryContacts contacts;
    private final CaptchaService captchas;
    private final SmsChallengeService sms;
    private final SmsSendLimits limits;
    private final DataProtection protection;
    private final AuditTrail audit;
    private final Clock clock;

    CertificateLookup(CertificateQueries queries, QueryContacts contacts, CaptchaService captchas,
            SmsChallengeService sms, SmsSendLimits limits, DataProtection protection, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.contacts = contacts;
        this.captchas = captchas;
        this.sms = sms;
        this.limits = limits;
        this.protection = protection;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public QueryStarted start(String rawSubjectCode, String captchaId, String captchaAnswer) {
        String code = subjectCode(rawSubjectCode);
        captchas.check(captchaId == null ? "" : captchaId, captchaAnswer == null ? "" : captchaAnswer);
        Instant now = clock.instant();
        CertificateQuery query = queries.save(new CertificateQuery(protection.keyedHash(code),
                protection.encrypt(code), now, now.plus(LIFETIME)));
        return new QueryStarted(query.id(), masked(contacts.of(code)), query.expiresAt());
    }

    @Transactional(readOnly = true)
    public List<QueryHandler> handlers(UUID queryId) {
        return masked(contacts.of(protection.decrypt(open(queryId).subjectSealed())));
    }

    @Transactional
    public SmsCodeSent sendCode(UUID queryId, @Nullable Integer handler, Locale locale) {
        CertificateQuery query = open(queryId);
        List<QueryContacts.Contact> on = contacts.of(protection.decrypt(query.subjectSealed()));
        if (handler == null || handler < 0 || handler >= on.size()) {
            throw InvalidInputException.of("handler", handler == null ? "required" : "oneOf",
                    handler == null ? "validation.required" : "lifecycle.query.handler.oneOf", "handler");
        }
        QueryContacts.Contact contact = on.get(handler);
        Instant now = clock.instant();
        if (contact.decoy()) {
            limits.admit(contact.mobile(), SmsPurpose.QUERY.name(), null, null);
            query.sent(null, now);
            return new SmsCodeSent(contact.mobile().masked(), now.plus(CODE_LIFETIME), now.plus(RESEND));
        }
        SmsChallengeTicket ticket = sms.issue(contact.mobile(), SmsPurpose.QUERY, locale, null);
        query.sent(ticket.challengeId(), now);
        return new SmsCodeSent(contact.mobile().masked(), ticket.expiresAt(), ticket.resendAfter());
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    public QueryResult confirm(UUID queryId, String smsCode) {
        CertificateQuery query = open(queryId);
        if (smsCode == null || !smsCode.strip().matches("\\d{6}")) {
            throw InvalidInputException.of("smsCode", smsCode == null || smsCode.isBlank() ? "required" : "format",
                    smsCode == null || smsCode.isBlank() ? "validation.required"
                            : "accounts.validation.smsCode.format", "smsCode");
        }
        if (!query.sent()) {
            throw new ConflictException("lifecycle.query.sendFirst", "send a code first");
        }
        if (query.challengeId() == null) {
            int tries = query.wrongDecoyTry();
            throw tries >= CertificateQuery.MAX_TRIES
                    ? InvalidInputException.of("smsCode", "exhausted", "accounts.validation.smsCode.exhausted",
                            "smsCode")
                    : InvalidInputException.of("smsCode", "wrong", "accounts.validation.smsCode.wrong", "smsCode",
                            CertificateQuery.MAX_TRIES - tries);
        }
        MobileNumber mobile = sms.verify(query.challengeId(), SmsPurpose.QUERY, smsCode);
        query.answered(clock.instant(), mobile.masked());
        List<QueriedCertificate> found = contacts.certificates(protection.decrypt(query.subjectSealed()));
        audit.recordNow(AuditRecord.of("lifecycle.query", "anonymous:" + mobile.masked(), "query:" + queryId)
                .with("found", found.size()));
        return new QueryResult(found, "/login?next=/certificates", query.actingUntil());
    }

    @Transactional(readOnly = true)
    public ActingHolder acting(UUID queryId, String serial) {
        CertificateQuery query = queries.findById(queryId).orElseThrow(() -> new NotFoundException("query",
                queryId));
        if (!query.proven(clock.instant())) {
            throw new ConflictException("lifecycle.query.notProven", "the query is not answered or its time is over");
        }
        String wanted = CertificateRecords.normalized(serial);
        HeldCertificateView c = contacts.held(protection.decrypt(query.subjectSealed())).stream()
                .filter(h -> h.serialHex().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotFoundException("certificate", serial));
        return new ActingHolder(c, "anonymous:" + query.provenBy());
    }

    private static List<QueryHandler> masked(List<QueryContacts.Contact> on) {
        return IntStream.range(0, on.size()).mapToObj(i -> on.get(i).masked(i)).toList();
    }

    private CertificateQuery open(UUID queryId) {
        CertificateQuery query = queries.findById(queryId).orElseThrow(() -> new NotFoundException("query",
                queryId));
        if (!query.open(clock.instant())) {
            throw new ConflictException("lifecycle.query.closed", "the query is answered or expired");
        }
        return query;
    }

    private static String subjectCode(String raw) {
        String cleaned = InputHygiene.compact(raw == null ? "" : raw);
        if (cleaned.isEmpty()) {
            throw InvalidInputException.of("subjectCode", "required", "validation.required", "subjectCode");
        }
        if (Uscc.isValid(cleaned)) {
            return Uscc.parse("subjectCode", cleaned).value();
        }
        if (ResidentIdNumber.isValid(cleaned)) {
            return ResidentIdNumber.parse("subjectCode", cleaned).value();
        }
        throw new InvalidInputException(List.of(FieldViolation.of("subjectCode", "format",
                "lifecycle.query.subjectCode", "subjectCode")));
    }
}
