package com.certhall.orders.domain;

import com.certhall.audit.AuditRecord;
import com.certhall.audit.AuditTrail;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.SiteProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper materials by post (the paper path of docs/architecture.md, "Order states"; address: docs/configuration.md):
 * where to send them, the applicant's carrier and tracking number, and staff recording their arrival — which moves an
 * order waiting for paper on.
 */
@Service
public class PaperPost {

    private static final Pattern TRACKING = Pattern.compile("[A-Z0-9]{8,30}");

    /** What an order's paper mailing looks like now. */
    public record Status(boolean needed, String mailingAddress, String carrier, String trackingNumber,
            Instant mailedAt, Instant receivedAt, String receivedBy) {
    }

    private final Orders orders;
    private final CatalogManagement catalog;
    private final AuditTrail audit;
    private final Clock clock;

    private final String defaultAddress;

    PaperPost(Orders orders, CatalogManagement catalog, AuditTrail audit, Clock clock,
            SiteProperties site) {
        this.orders = orders;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
        this.defaultAddress = site.paperAddress();
    }

    @Transactional(readOnly = true)
    public Status status(OrderId id, UUID accountId) {
        return status(orders.owned(id, accountId));
    }

    @Transactional
    public Status mailed(OrderId id, UUID accountId, String rawCarrier, String rawTracking, String actor) {
        Order a = orders.owned(id, accountId);
        String carrier = InputHygiene.tidy(rawCarrier);
        String tracking = InputHygiene.compact(rawTracking).replace("-", "");
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (carrier.isEmpty() || carrier.length() > 40) {
            errors.add(FieldViolation.of("carrier", "required", "validation.required", "carrier"));
        }
        if (!TRACKING.matcher(tracking).matches()) {
            errors.add(FieldViolation.of("trackingNumber", "format", "orders.paper.tracking", "trackingNumber"));
        }
        errors.throwIfAny();
        a.recordPaperMailing(carrier, tracking, clock.instant());
        audit.record(AuditRecord.of("orders.paper.mailed", actor, "order:" + a.number())
                .with("carrier", carrier).with("trackingNumber", tracking));
        return status(orders.save(a));
    }

    /** Staff: the paper arrived. */
    @Transactional
    public Status received(OrderId id, String actor) {
        Order a = orders.get(id);
        a.recordPaperReceipt(actor, clock.instant());
        audit.record(AuditRecord.of("orders.paper.received", actor, "order:" + a.number()));
        return status(orders.save(a));
    }

    /** Staff: orders whose paper is awaited (waiting for paper, or mailed and not yet received). */
    @Transactional(readOnly = true)
    public List<OrderView> awaited() {
        return orders.findPaperAwaited(OrderStatus.AWAITING_PAPER,
                        List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED))
                .stream().map(OrderViews::view).toList();
    }

    private Status status(Order a) {
        ChannelRules rules = catalog.channel(a.channel());
        boolean needed = rules.paperMailing() || a.status() == OrderStatus.AWAITING_PAPER
                || a.paper().mailedAt() != null;
        String address = rules.mailingAddress() == null || rules.mailingAddress().isBlank() ? defaultAddress
                : rules.mailingAddress();
        return new Status(needed, address, a.paper().carrier(), a.paper().trackingNumber(),
                a.paper().mailedAt(), a.paper().receivedAt(), a.paper().receivedBy());
    }
}
