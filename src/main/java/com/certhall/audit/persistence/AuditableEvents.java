package com.certhall.audit.persistence;

import com.certhall.audit.Auditable;
import com.certhall.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Appends every {@link Auditable} event synchronously, inside the transaction that published it. */
@Component
class AuditableEvents {

    private final AuditTrail trail;

    AuditableEvents(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(Auditable event) {
        trail.record(event.toAuditRecord());
    }
}
