package com.certhall.orders.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.Quote;
import com.certhall.orders.OrderCommands.StartOrder;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderFacts.CertificateRegister.HeldCertificate;
import com.certhall.orders.OrderFacts.CertificateRegister;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a lifecycle order (renewal, change, reissue, revocation; docs/lifecycle.md) on a certificate the caller
 * holds: the certificate must allow it now (the lifecycle module's rule, asked through {@link CertificateRegister});
 * channel, subject, product line, invoice and delivery are carried over from the certificate's order, the line
 * priced by the channel's {@link LifecycleTerms}. A revocation has no line and nothing to deliver.
 */
@Service
public class LifecycleStart {

    private final Orders orders;
    private final OrderNumbers numbers;
    private final CatalogManagement catalog;
    private final ObjectProvider<CertificateRegister> register;
    private final DuplicateGuard duplicates;
    private final Clock clock;

    LifecycleStart(Orders orders, OrderNumbers numbers, CatalogManagement catalog,
            ObjectProvider<CertificateRegister> register, DuplicateGuard duplicates, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.catalog = catalog;
        this.register = register;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @Transactional
    public OrderView start(StartOrder cmd) {
        HeldCertificate held = register.getObject().held(cmd.accountId(), cmd.certificateSerial(), cmd.type())
                .orElseThrow(() -> InvalidInputException.of("certificateSerial", "notHeld",
                        "orders.certificate.notHeld", "certificateSerial"));
        if (held.refusal() != null) {
            throw new CertificateActionRefused(held.refusal());
        }
        Order origin = orders.get(held.origin());
        if (cmd.channel() != null && !cmd.channel().equals(origin.channel())) {
            throw InvalidInputException.of("channel", "otherChannel", "orders.certificate.otherChannel", "channel");
        }
        // a revocation and a UKEY unlock sell nothing
        List<OrderLine> lines = cmd.type() == OrderType.REVOCATION || cmd.type() == OrderType.UNLOCK ? List.of()
                : List.of(line(origin, held, service(cmd.type())));
        Instant now = clock.instant();
        Order order = Order.lifecycle(OrderId.random(), numbers.next(), cmd.accountId(), origin.channel(),
                cmd.type(), origin.subjectType(), new Order.Certificate(held.serial(), held.origin(), held.notAfter(),
                        cmd.revocationReason()), cmd.actor(), now);
        OrderDraft carried = origin.draft();
        boolean free = lines.stream().mapToLong(OrderLine::totalFen).sum() == 0;
        DeliveryInfo delivery = lines.isEmpty() || carried.delivery() == null ? DeliveryInfo.none()
                : carried.delivery();
        InvoiceInfo invoice = free || carried.invoice() == null ? InvoiceInfo.none() : carried.invoice();
        order.editDraft("carryOver", d -> d.withAgreement(now).withSubject(carried.subject()).withLines(lines)
                .withInvoice(invoice).withDelivery(delivery), now);
        order.subjectKey = origin.subjectKey();
        duplicates.check(order, order.subjectKey());
        return OrderViews.view(orders.save(order));
    }

    /** The certificate's line again, one unit, its key made anew (re-key), priced for the service. */
    private OrderLine line(Order origin, HeldCertificate held, LifecycleTerms.Service service) {
        OrderLine was = origin.draft().lines().get(held.lineIndex());
        LifecycleTerms terms = catalog.lifecycleTerms(origin.channel());
        long productPrice = productPrice(catalog, origin.channel(), was);
        return new OrderLine(was.productCode(), was.productName(), was.certType(), was.medium(), was.years(), 1,
                was.keyAlgorithm(), null, terms.priceFen(service, productPrice));
    }

    /** The product's price today for one unit of the line's years; 409 when the channel no longer offers it. */
    static long productPrice(CatalogManagement catalog, String channel, OrderLine was) {
        try {
            Quote quote = catalog.quote(channel, was.productCode(), was.years(), 1);
            return quote.total().fen();
        } catch (InvalidInputException e) {
            throw new ConflictException("orders.certificate.productGone", "the product is no longer offered",
                    was.productName());
        }
    }

    static LifecycleTerms.Service service(OrderType type) {
        return LifecycleTerms.Service.valueOf(type.name());
    }
}
