package com.certhall.lifecycle;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.util.Locale;

/**
 * A UKEY order left with a courier; the handler gets the tracking number by SMS.
 *
 * @param mobile the handler's verified mobile
 */
public record ShipmentDispatched(String orderNumber, String carrier, String trackingNumber, String trackingUrl,
        String mobile, Locale locale, String actor) implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("lifecycle.ship", actor, "order:" + orderNumber).with("carrier", carrier)
                .with("trackingNumber", trackingNumber);
    }

    @Override
    public String toString() {
        return "ShipmentDispatched[" + orderNumber + ", " + carrier + " " + trackingNumber + "]";
    }
}
