package com.certhall.lifecycle;

import com.certhall.lifecycle.domain.ProductionDesk;
import com.certhall.orders.OrderId;
import com.certhall.shared.PageOf;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The operator's desk for UKEY orders: approved orders waiting for production, producing them (the certificates are
 * issued and written onto tokens through the {@code TokenWriter}), shipping with a courier's tracking number, or
 * handing the key to the handler in person.
 */
@Service
public class ProductionManagement {

    private final ProductionDesk desk;

    ProductionManagement(ProductionDesk desk) {
        this.desk = desk;
    }

    /** UKEY orders still at the desk (waiting or produced), oldest approval first. */
    public List<ProductionView> open() {
        return desk.open();
    }

    /**
     * One page of {@link #open()}: {@code size} orders from page {@code page} (from 0), only those whose order number
     * starts with {@code number} (letters and digits; anything else is ignored; blank for all).
     */
    public PageOf<ProductionView> open(String number, int page, int size) {
        String prefix = number == null ? "" : number.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return desk.open(prefix, page, size);
    }

    public ProductionView get(OrderId id) {
        return desk.get(id);
    }

    /** Issues the order's certificates and writes them onto tokens; runs its own transactions (see the driver). */
    public ProductionView produce(OrderId id, String actor) {
        return desk.produce(id, actor);
    }

    /** Hands a produced order to the courier: the tracking number is registered and sent to the handler by SMS. */
    public ProductionView ship(OrderId id, @Nullable String carrier, @Nullable String trackingNumber, String actor) {
        return desk.ship(id, carrier, trackingNumber, actor);
    }

    /** The holder confirms that the shipped UKEY arrived; the order completes. Another account's order is a 404. */
    public ProductionView confirmReceipt(OrderId id, UUID accountId, String actor) {
        return desk.confirmReceipt(id, accountId, actor);
    }

    /** The handler collected the UKEY in person; name and ID number must be the handler's. The order completes. */
    public ProductionView pickup(OrderId id, @Nullable String name, @Nullable String idNumber, String actor) {
        return desk.pickup(id, name, idNumber, actor);
    }
}
