package com.certhall.orders.domain;

import com.certhall.orders.OrderFacts.CertificateRegister.Refusal;
import com.certhall.shared.ConflictException;
import com.certhall.shared.FieldViolation;
import java.util.List;

/**
 * 409: the certificate does not allow that lifecycle order now; the problem says why (and from when) and names
 * {@code certificateSerial}.
 */
public class CertificateActionRefused extends ConflictException {

    private final transient FieldViolation violation;

    public CertificateActionRefused(Refusal refusal) {
        this(refusal, "certificateSerial");
    }

    /** The refusal named on {@code field} ({@code sealId} for a seal order). */
    public CertificateActionRefused(Refusal refusal, String field) {
        super(refusal.messageKey(), "certificate does not allow this order now: " + refusal.code(),
                refusal.args().toArray());
        this.violation = FieldViolation.of(field, refusal.code(), refusal.messageKey(), refusal.args().toArray());
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(violation);
    }
}
