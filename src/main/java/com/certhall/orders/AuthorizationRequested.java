package com.certhall.orders;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.Locale;

/**
 * The handler asked the legal representative to sign the authorization letter online. The notifications module
 * sends {@code link} by SMS to {@code legalRepMobile}; the link's token is valid until {@code expiresAt}.
 */
public record AuthorizationRequested(OrderId applicationId, String number, String organizationName,
        String legalRepName, String legalRepMobile, String handlerName, String link, Instant expiresAt,
        Locale locale, String actor) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("orders.authorizationRequested", actor, "order:" + number)
                .with("mobile", Masking.mask(legalRepMobile, 3, 4));
    }

    @Override
    public String toString() {
        return "AuthorizationRequested[" + number + ", " + Masking.mask(legalRepMobile, 3, 4) + "]";
    }
}
