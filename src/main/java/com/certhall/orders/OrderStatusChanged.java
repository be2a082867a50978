package com.certhall.orders;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;

/**
 * Published on every move of an order's state machine, in the transaction that made it, and written to the audit
 * log with it. {@code action} is the intention ({@code submit}, {@code approve}, {@code markPaid} ...).
 */
public record OrderStatusChanged(OrderId applicationId, String number, String channel,
        OrderStatus from, OrderStatus to, String action, String actor, String note, Instant at)
        implements Auditable {

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("orders." + action, actor, "order:" + number)
                .with("from", from).with("to", to).with("channel", channel).with("note", note);
    }
}
