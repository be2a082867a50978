package com.certhall.lifecycle.domain;

import com.certhall.catalog.Medium;
import com.certhall.lifecycle.CertificatesIssued;
import com.certhall.lifecycle.PinReady;
import com.certhall.lifecycle.ProductionStatus;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.shared.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives an approved order through issuance. Three kinds of transaction, each committed on its own:
 * <ol>
 * <li>APPROVED → ISSUING together with an {@link Issuance} row;</li>
 * <li>one per certificate: the CA's issuance (request id {@code <orderId>:<line>:<n>}), the
 * {@link HeldCertificate} and, for a server-made key, the sealed PIN and its {@link PinReady};</li>
 * <li>ISSUING → ISSUED (→ COMPLETED for cloud-only orders) with the issuance marked done.</li>
 * </ol>
 * A crash anywhere leaves a state from which {@link #drive} continues: certificates already held are skipped, and
 * the CA itself answers a repeated request id with the certificate it issued the first time.
 */
@Component
public class IssuanceDriver {

    private static final Logger log = LoggerFactory.getLogger(IssuanceDriver.class);
    /** How long one operator's production holds the order against a second press (longer than any issuance). */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    static final String ACTOR = "system:lifecycle";
    static final String CLOUD = "CLOUD";

    private final OrderManagement orders;
    private final HeldCertificates certificates;
    private final Issuances issuances;
    private final LineIssuer lineIssuer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final Clock clock;
    private final Productions productions;
    private final CertificateRecords records;

    IssuanceDriver(OrderManagement orders, HeldCertificates certificates, Issuances issuances, LineIssuer lineIssuer,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
            Productions productions, CertificateRecords records) {
        this.records = records;
        this.productions = productions;
        this.orders = orders;
        this.certificates = certificates;
        this.issuances = issuances;
        this.lineIssuer = lineIssuer;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readTx.setReadOnly(true);
        this.clock = clock;
    }

    /** True when some line of the order goes on a UKEY, which the operator produces. */
    public static boolean needsProduction(OrderDetails order) {
        return order.draft().lines().stream().anyMatch(l -> l.medium() != Medium.CLOUD);
    }

    /**
     * An order was approved: a cloud-only order is issued now; an order with UKEY lines waits for the operator
     * ({@link #produce}).
     */
    public void approved(OrderId id) {
        OrderDetails order = details(id);
        if (order.order().status() != OrderStatus.APPROVED || order.draft().lines().isEmpty()
                || !order.order().type().issuesCertificate()) {
            // a revocation was carried out when it was approved; a seal order's seal is made by the seals module
            return;
        }
        if (needsProduction(order)) {
            String method = order.draft().delivery() == null ? "MAIL" : order.draft().delivery().method().name();
            tx.executeWithoutResult(s -> {
                if (productions.findById(id.id()).isEmpty()) {
                    productions.save(Production.waiting(id.id(), order.order().number(),
                            "PICKUP".equals(method) ? "PICKUP" : "MAIL", clock.instant()));
                }
            });
            return;
        }
        begin(order, ACTOR);
        drive(id);
    }

    /** The operator produces an approved UKEY order: its certificates are issued now. */
    public void produce(OrderId id, String actor) {
        OrderDetails order = details(id);
        if (!needsProduction(order)) {
            throw new ConflictException("lifecycle.production.notUkey", "order has no UKEY line",
                    order.order().number());
        }
        tx.executeWithoutResult(s -> {
            // operators pressing "produce" at once queue on the row lock; the first claims, the others are refused
            Production desk = productions.lockById(id.id()).orElse(null);
            if (desk != null && desk.status() == ProductionStatus.WAITING && !desk.claim(clock.instant(), CLAIM)) {
                throw new ConflictException("lifecycle.production.busy", "order is being produced",
                        order.order().number());
            }
            OrderDetails current = orders.details(id);
            if (current.order().status() == OrderStatus.APPROVED) {
                orders.startIssuing(id, actor);
                issuances.save(Issuance.start(id.id(), current.order().number(), clock.instant()));
            } else if (current.order().status() != OrderStatus.ISSUING
                    && current.order().status() != OrderStatus.ISSUED) {
                throw new ConflictException("lifecycle.production.state", "order is not approved",
                        current.order().number());
            }
        });
        try {
            drive(id);
        } catch (RuntimeException e) {
            tx.executeWithoutResult(s -> productions.lockById(id.id()).ifPresent(Production::release));
            throw e;
        }
        tx.executeWithoutResult(s -> productions.lockById(id.id()).ifPresent(p -> {
            if (p.status() == ProductionStatus.WAITING) {
                p.produced(actor, clock.instant());
            }
        }));
    }

    private void begin(OrderDetails order, String actor) {
        tx.executeWithoutResult(s -> {
            orders.startIssuing(order.id(), actor);
            issuances.save(Issuance.start(order.id().id(), order.order().number(), clock.instant()));
        });
    }

    /**
     * Issues what is still missing of an order in ISSUING and moves it on. Safe to call any number of times, also
     * concurrently with itself (the unique request id lets one of two racing issuances win).
     */
    public void drive(OrderId id) {
        try {
            List<String> serials = issueMissing(id);
            if (serials == null) {
                return;
            }
            finish(id, serials);
        } catch (RuntimeException e) {
            tx.executeWithoutResult(s -> issuances.findById(id.id())
                    .ifPresent(i -> i.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant())));
            throw e;
        }
    }

    /**
     * Issues every certificate of the order that is not held yet, each in its own transaction, and answers the
     * serials of all of them; null when the order is not in ISSUING.
     */
    public List<String> issueMissing(OrderId id) {
        OrderDetails order = details(id);
        if (order.order().status() != OrderStatus.ISSUING) {
            tx.executeWithoutResult(s -> issuances.findById(id.id()).ifPresent(i -> i.done(clock.instant())));
            return null;
        }
        List<String> serials = new ArrayList<>();
        List<OrderLine> lines = order.draft().lines();
        for (int line = 0; line < lines.size(); line++) {
            for (int n = 1; n <= lines.get(line).quantity(); n++) {
                String requestId = id.id() + ":" + line + ":" + n;
                int lineIndex = line;
                HeldCertificate held = readTx.execute(s -> certificates.findByRequestId(requestId))
                        .orElseGet(() -> tx.execute(s -> lineIssuer.issue(order, lineIndex, requestId)));
                serials.add(held.serialHex());
            }
        }
        return serials;
    }

    private void finish(OrderId id, List<String> serials) {
        tx.executeWithoutResult(s -> {
            OrderDetails order = orders.details(id);
            if (order.order().status() != OrderStatus.ISSUING) {
                return;
            }
            orders.markIssued(id, ACTOR);
            if (!needsProduction(order)) {
                orders.complete(id, ACTOR);
            }
            supersede(order.order());
            issuances.findById(id.id()).ifPresent(i -> i.done(clock.instant()));
            events.publishEvent(new CertificatesIssued(id, order.order().number(), serials, clock.instant()));
        });
        log.info("order {}: {} certificate(s) issued", id, serials.size());
    }

    /**
     * The new certificate of a renewal or an information change replaces the old one, which is revoked
     * {@code superseded} (RFC 5280 §5.3.1) as the new one is issued (docs/lifecycle.md). A reissue revoked it on
     * approval already.
     */
    private void supersede(OrderView order) {
        if ((order.type() == OrderType.RENEWAL || order.type() == OrderType.CHANGE)
                && order.certificateSerial() != null) {
            records.revokeForOrder(order.certificateSerial(), "SUPERSEDED", order.number(), ACTOR);
        }
    }

    /** Reads in a transaction of its own, so the caller's (a listener's) persistence context stays untouched. */
    private OrderDetails details(OrderId id) {
        return readTx.execute(s -> orders.details(id));
    }
}
