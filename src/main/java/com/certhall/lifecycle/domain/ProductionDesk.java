package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.ProductionStatus;
import com.certhall.lifecycle.ProductionUnavailableException;
import com.certhall.lifecycle.ProductionView;
import com.certhall.lifecycle.ShipmentDispatched;
import com.certhall.lifecycle.provider.Courier;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.Subject.Party;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.PageOf;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's desk behind {@code lifecycle.ProductionManagement}: the productions of UKEY orders and their moves,
 * up to the delivery reported by the courier or confirmed by the holder.
 */
@Service
public class ProductionDesk {

    static final String COURIER = "system:courier";

    private final Productions productions;
    private final IssuanceDriver driver;
    private final OrderManagement orders;
    private final ObjectProvider<Courier> couriers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductionDesk(Productions productions, IssuanceDriver driver, OrderManagement orders,
            ObjectProvider<Courier> couriers, ApplicationEventPublisher events, Clock clock) {
        this.productions = productions;
        this.driver = driver;
        this.orders = orders;
        this.couriers = couriers;
        this.events = events;
        this.clock = clock;
    }

    /** UKEY orders still at the desk (waiting or produced), oldest approval first. */
    @Transactional(readOnly = true)
    public List<ProductionView> open() {
        return productions.findByStatus(openStatuses()).stream().map(Production::view).toList();
    }

    @Transactional(readOnly = true)
    public PageOf<ProductionView> open(String number, int page, int size) {
        Page<Production> found = productions.findByStatus(openStatuses(), number, PageRequest.of(page, size));
        return new PageOf<>(found.map(Production::view).getContent(), page, size, found.getTotalElements());
    }

    private static List<ProductionStatus> openStatuses() {
        return EnumSet.allOf(ProductionStatus.class).stream().filter(ProductionStatus::isOpen).toList();
    }

    @Transactional(readOnly = true)
    public ProductionView get(OrderId id) {
        return load(id).view();
    }

    /** Issues the order's certificates and writes them onto tokens; runs its own transactions (see the driver). */
    public ProductionView produce(OrderId id, String actor) {
        load(id);
        driver.produce(id, actor);
        return get(id);
    }

    /** Hands a produced order to the courier: the tracking number is registered and sent to the handler by SMS. */
    @Transactional
    public ProductionView ship(OrderId id, @Nullable String carrier, @Nullable String trackingNumber,
            String actor) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Courier.Carrier parsedCarrier = errors.check(() -> carrier(carrier));
        // a waybill is read off a label or pasted from the carrier's app, often in groups: spaces are no part of it
        String number = trackingNumber == null ? "" : trackingNumber.replaceAll("[\\s\u3000]", "")
                .toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            errors.add(com.certhall.shared.FieldViolation.of("trackingNumber", "required", "validation.required",
                    "trackingNumber"));
        }
        errors.throwIfAny();
        Production p = load(id);
        OrderDetails order = deliverable(id, p, "MAIL");
        Courier courier = couriers.getIfAvailable();
        if (courier == null) {
            throw new ProductionUnavailableException("no Courier is configured");
        }
        String address = order.draft().delivery() == null ? "" : order.draft().delivery().address();
        String url = courier.register(parsedCarrier, number, p.orderNumber(), destination(address));
        orders.ship(id, parsedCarrier.name() + " " + number, actor);
        p.shipped(parsedCarrier.name(), number, actor, clock.instant());
        events.publishEvent(new ShipmentDispatched(p.orderNumber(), parsedCarrier.name(), number, url,
                order.draft().subject().handler().mobile(), order.order().language(), actor));
        return p.view();
    }

    /** The handler collected the UKEY in person; name and ID number must be the handler's. The order completes. */
    @Transactional
    public ProductionView pickup(OrderId id, @Nullable String name, @Nullable String idNumber, String actor) {
        Production p = load(id);
        OrderDetails order = deliverable(id, p, "PICKUP");
        Party handler = order.draft().subject().handler();
        String givenName = name == null ? "" : name.strip();
        String givenId = idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (!givenName.equals(handler.name())) {
            errors.add(com.certhall.shared.FieldViolation.of("name", "mismatch", "lifecycle.validation.collector",
                    "name"));
        }
        if (!givenId.equalsIgnoreCase(handler.idNumber())) {
            errors.add(com.certhall.shared.FieldViolation.of("idNumber", "mismatch",
                    "lifecycle.validation.collector", "idNumber"));
        }
        errors.throwIfAny();
        orders.complete(id, actor);
        p.collected(handler.name() + " " + handler.maskedIdNumber(), actor, clock.instant());
        return p.view();
    }

    /**
     * The holder confirms that the shipped UKEY arrived: the order completes. Only the order's own account may; another
     * account's order is not found.
     */
    @Transactional
    public ProductionView confirmReceipt(OrderId id, UUID accountId, String actor) {
        OrderDetails order = orders.detailsOwned(id, accountId);
        Production p = productions.findById(id.id())
                .orElseThrow(() -> new ConflictException("lifecycle.receipt.state", "nothing was shipped",
                        order.order().number()));
        if (p.status() != ProductionStatus.SHIPPED || order.order().status() != OrderStatus.SHIPPED) {
            throw new ConflictException("lifecycle.receipt.state", "order is not on its way", p.orderNumber());
        }
        p.delivered(actor, clock.instant(), clock.instant());
        orders.complete(id, actor);
        return p.view();
    }

    /** The shipped orders still on their way, oldest shipment first. */
    @Transactional(readOnly = true)
    public List<OrderId> onTheirWay() {
        return productions.findIdsByStatus(ProductionStatus.SHIPPED).stream().map(OrderId::new).toList();
    }

    /**
     * Asks the courier whether the shipped order's parcel was signed for; if so the order completes.
     *
     * @return whether it was delivered
     */
    @Transactional
    public boolean checkDelivery(OrderId id) {
        Production p = load(id);
        Courier courier = couriers.getIfAvailable();
        Optional<Courier.Carrier> carrier = p.carrier() == null ? Optional.empty() : Courier.Carrier.parse(p.carrier());
        if (p.status() != ProductionStatus.SHIPPED || courier == null || p.trackingNumber() == null
                || carrier.isEmpty()) {
            return false;
        }
        Optional<Instant> signed = courier.deliveredAt(carrier.get(), p.trackingNumber());
        if (signed.isEmpty()) {
            return false;
        }
        p.delivered(COURIER, signed.get(), clock.instant());
        if (orders.get(id).status() == OrderStatus.SHIPPED) {
            orders.complete(id, COURIER);
        }
        return true;
    }

    private OrderDetails deliverable(OrderId id, Production p, String method) {
        OrderDetails order = orders.details(id);
        if (p.status() != ProductionStatus.PRODUCED || order.order().status() != OrderStatus.ISSUED) {
            throw new ConflictException("lifecycle.shipment.state", "order is not produced", p.orderNumber());
        }
        if (!method.equals(p.deliveryMethod())) {
            throw new ConflictException("lifecycle.shipment.method", "order is delivered otherwise",
                    p.orderNumber());
        }
        return order;
    }

    private Production load(OrderId id) {
        return productions.findById(id.id()).orElseThrow(() -> new NotFoundException("production", id));
    }

    private static Courier.Carrier carrier(@Nullable String raw) {
        return Courier.Carrier.parse(raw == null ? "" : raw)
                .orElseThrow(() -> InvalidInputException.of("carrier", "oneOf", "lifecycle.validation.carrier",
                        "carrier"));
    }

    /** Only the start of the address (province/city), so the courier's public page shows no street or name. */
    private static String destination(String address) {
        String a = address == null ? "" : address.strip();
        return a.length() <= 6 ? a : a.substring(0, 6) + "…";
    }
}
