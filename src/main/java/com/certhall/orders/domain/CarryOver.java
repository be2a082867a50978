package com.certhall.orders.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.LifecycleTerms;
import com.certhall.catalog.Quote;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderDraft.DeliveryInfo;
import com.certhall.orders.OrderDraft.InvoiceInfo;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderType;
import com.certhall.orders.OrderView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * What a lifecycle order and a seal order take over from the order of their certificate (docs/lifecycle.md,
 * docs/seals.md "Seal orders"): the certificate's line again, priced by the channel's {@link LifecycleTerms} for the
 * service, and the subject, agreement and invoice of the certificate's order. The new order is checked against the
 * subject's other active orders like any other.
 */
@Component
class CarryOver {

    private final Orders orders;
    private final OrderNumbers numbers;
    private final CatalogManagement catalog;
    private final DuplicateGuard duplicates;
    private final Clock clock;

    CarryOver(Orders orders, OrderNumbers numbers, CatalogManagement catalog, DuplicateGuard duplicates, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.catalog = catalog;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    /** The line {@code was} again, one unit, its key made anew (re-key), priced for the service of {@code type}. */
    OrderLine line(Order origin, OrderLine was, OrderType type) {
        long productPrice = productPrice(origin.channel(), was);
        long price = catalog.lifecycleTerms(origin.channel()).priceFen(service(type), productPrice);
        return new OrderLine(was.productCode(), was.productName(), was.certType(), was.medium(), was.years(), 1,
                was.keyAlgorithm(), null, price);
    }

    /**
     * Saves the order {@code open} makes (from its number and the time) with the origin's subject and agreement, the
     * given lines and delivery, and the origin's invoice unless the lines cost nothing.
     */
    OrderView save(Order origin, List<OrderLine> lines, DeliveryInfo delivery,
            BiFunction<String, Instant, Order> open) {
        Instant now = clock.instant();
        Order order = open.apply(numbers.next(), now);
        OrderDraft carried = origin.draft();
        boolean free = lines.stream().mapToLong(OrderLine::totalFen).sum() == 0;
        InvoiceInfo invoice = free || carried.invoice() == null ? InvoiceInfo.none() : carried.invoice();
        order.editDraft("carryOver", d -> d.withAgreement(now).withSubject(carried.subject()).withLines(lines)
                .withInvoice(invoice).withDelivery(delivery), now);
        order.subjectKey = origin.subjectKey();
        duplicates.check(order, order.subjectKey());
        return OrderViews.view(orders.save(order));
    }

    /** The product's price today for one unit of the line's years; 409 when the channel no longer offers it. */
    private long productPrice(String channel, OrderLine was) {
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
