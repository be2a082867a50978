package com.certhall.orders.domain;

import com.certhall.accounts.SmsChallengeService;
import com.certhall.accounts.SmsPurpose;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.orders.OrderView;
import com.certhall.orders.Subject;
import com.certhall.shared.DataProtection;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.MobileNumber;
import com.certhall.shared.ResidentIdNumber;
import com.certhall.shared.Uscc;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order lookup without login (BJCA 4): by the subject's USCC or resident ID number, proven by an SMS code
 * (purpose QUERY) sent to the mobile of the order's handler or legal representative. Only orders of that subject
 * whose handler or legal representative has that mobile are listed; an unknown subject gives an empty list, so the
 * lookup never tells whether a subject has orders with someone else's number.
 */
@Service
public class OrderQueries {

    private final Orders orders;
    private final SmsChallengeService sms;
    private final DataProtection protection;
    private final AuditTrail audit;

    OrderQueries(Orders orders, SmsChallengeService sms, DataProtection protection, AuditTrail audit) {
        this.orders = orders;
        this.sms = sms;
        this.protection = protection;
        this.audit = audit;
    }

    /** Writable: checking the code uses it up (and counts a wrong try) in this transaction. */
    @Transactional
    public List<OrderView> query(String rawSubjectCode, String rawMobile, String smsCode) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String code = subjectCode(rawSubjectCode, errors);
        MobileNumber mobile = errors.check(() -> MobileNumber.parse("mobile", rawMobile));
        if (smsCode == null || smsCode.isBlank()) {
            errors.add(FieldViolation.of("smsCode", "required", "validation.required", "smsCode"));
        }
        errors.throwIfAny();
        sms.verify(mobile, SmsPurpose.QUERY, smsCode);
        List<OrderView> found = orders.findBySubjectKey(protection.keyedHash(code)).stream()
                .filter(a -> reachable(a, mobile.value()))
                .map(OrderViews::view).toList();
        audit.recordNow(AuditRecord.of("orders.query", "anonymous:" + mobile.masked(), "subject")
                .with("found", found.size()));
        return found;
    }

    private static boolean reachable(Order a, String mobile) {
        Subject subject = a.draft().subject();
        if (subject == null) {
            return false;
        }
        if (subject.handler().mobile().equals(mobile)) {
            return true;
        }
        return subject instanceof Subject.Organization org && org.legalRep().mobile().equals(mobile);
    }

    private static String subjectCode(String raw, InvalidInputException.Collector errors) {
        String cleaned = InputHygiene.compact(raw);
        if (cleaned.isEmpty()) {
            errors.add(FieldViolation.of("subjectCode", "required", "validation.required", "subjectCode"));
            return null;
        }
        if (Uscc.isValid(cleaned)) {
            return Uscc.parse("subjectCode", cleaned).value();
        }
        if (ResidentIdNumber.isValid(cleaned)) {
            return ResidentIdNumber.parse("subjectCode", cleaned).value();
        }
        errors.add(FieldViolation.of("subjectCode", "format", "orders.query.subjectCode", "subjectCode"));
        return null;
    }
}
