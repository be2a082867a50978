package com.certhall.lifecycle;

import com.certhall.lifecycle.domain.CertificateLookup;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The certificate query without login (BJCA §3.1.1, §4.3; docs/lifecycle.md "Certificate query"): the subject's USCC
 * or ID number behind a captcha, then an SMS code to one of the handlers on record (listed masked), then the
 * subject's certificates with their status and actions. An unknown subject is answered in the same shape, so the
 * query tells nobody whether a subject holds certificates here.
 */
@Service
public class CertificateQueryManagement {

    private final CertificateLookup lookup;

    CertificateQueryManagement(CertificateLookup lookup) {
        this.lookup = lookup;
    }

    /** Someone on record who may receive the code, masked. */
    public record QueryHandler(@Schema(description = "What to send back to pick this one.") int index,
            @Schema(description = "HANDLER or LEGAL_REP.") String role,
            @Schema(description = "The name, masked: 王*.") String name,
            @Schema(description = "The mobile, masked: 138****5678.") String mobile) {
    }

    /** A query was started: pick a handler within 15 minutes. */
    public record QueryStarted(UUID queryId, List<QueryHandler> handlers, Instant expiresAt) {
    }

    /** What the holder may do with a certificate now, and where. */
    public record QueryAction(@Schema(description = "RENEW, CHANGE, REISSUE, UNLOCK or REVOKE.") String action,
            @Schema(description = "The page that starts it: for RENEW, UNLOCK and REVOKE a page of the query that "
                    + "needs no login for 15 minutes after the answer; the others ask for a login first.")
            String url) {
    }

    /**
     * A certificate the visitor of an answered query may act on without login.
     *
     * @param certificate the certificate with its actions (its {@code accountId} is the holder's account)
     * @param actor       who acts, for the audit log: {@code anonymous:138****5678}, the mobile that answered
     */
    public record ActingHolder(HeldCertificateView certificate, String actor) {
    }

    /** One certificate of the subject as the query shows it; a person's name is masked. */
    public record QueriedCertificate(String serialHex, String subjectName, String productCode,
            @Schema(description = "CLOUD or UKEY.") String medium, Instant notBefore, Instant notAfter,
            HeldStatus status, List<QueryAction> actions) {
    }

    /** The answer once the SMS code passed. */
    public record QueryResult(List<QueriedCertificate> certificates,
            @Schema(description = "Where to sign in to act on them.") String loginUrl,
            @Schema(description = "Until when the actions' pages need no login.") Instant actingUntil) {
    }

    /**
     * Starts a query.
     *
     * @throws com.certhall.shared.InvalidInputException naming {@code subjectCode} or {@code captchaAnswer}
     */
    public QueryStarted start(String subjectCode, String captchaId, String captchaAnswer) {
        return lookup.start(subjectCode, captchaId, captchaAnswer);
    }

    /** The handlers of an open query, masked, as {@link #start} listed them. */
    public List<QueryHandler> handlers(UUID queryId) {
        return lookup.handlers(queryId);
    }

    /** Sends the QUERY code to the handler picked; rate limited like every SMS (429). */
    public SmsCodeSent sendCode(UUID queryId, Integer handler, Locale locale) {
        return lookup.sendCode(queryId, handler, locale);
    }

    /** The subject's certificates once the code passes; a query answers once. */
    public QueryResult confirm(UUID queryId, String smsCode) {
        return lookup.confirm(queryId, smsCode);
    }

    /**
     * One of the subject's certificates for its visitor to act on, within 15 minutes of the answer.
     *
     * @throws com.certhall.shared.NotFoundException  when the serial is not one of the query's subject
     * @throws com.certhall.shared.ConflictException  {@code lifecycle.query.notProven} when the query is not answered
     *                                                or its 15 minutes are over
     */
    public ActingHolder acting(UUID queryId, String serial) {
        return lookup.acting(queryId, serial);
    }
}
