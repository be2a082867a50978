package com.certhall.verification;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.orders.OrderId;

/**
 * An event of one party's verification case (started, passed, failed, sent to manual review): its audit record names
 * the case as subject and the order, the party and the method, in that order, before what the event adds.
 */
public interface VerificationCaseEvent extends Auditable {

    VerificationId verificationId();

    OrderId order();

    PartyRole party();

    VerificationMethod method();

    String actor();

    /** The record of {@code action} on the case, by the event's actor, with the order, the party and the method. */
    default AuditRecord caseRecord(String action) {
        return AuditRecord.of(action, actor(), "verification:" + verificationId())
                .with("order", order()).with("party", party()).with("method", method());
    }
}
