package com.certhall.orders;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/**
 * The legal representative signed the authorization letter online (SMS link, phone page, SMS code), so the
 * handler may act for the organisation without an uploaded stamped letter. {@code signer} is his name and masked ID.
 */
public record AuthorizationSigned(OrderId applicationId, String number, String channel, String signer,
        Instant at) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("orders.authorizationSigned", "legalRep:" + signer, "order:" + number)
                .with("channel", channel);
    }
}
