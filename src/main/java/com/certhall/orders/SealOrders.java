package com.certhall.orders;

import com.certhall.orders.OrderCommands.StartSealOrder;
import com.certhall.orders.domain.OrderReads;
import com.certhall.orders.domain.SealStart;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Seal orders (印章办理: 补章, 变章; docs/seals.md "Seal orders") for the pages, the API and the seals module, which
 * makes the seal of an approved one and then completes it with {@link OrderManagement#complete}.
 */
@Service
public class SealOrders {

    private final SealStart start;
    private final OrderReads reads;

    SealOrders(SealStart start, OrderReads reads) {
        this.start = start;
        this.reads = reads;
    }

    /**
     * Starts a seal order on a seal the account administers: 404 for a seal it does not see, 409 naming
     * {@code sealId} when the seal or its certificate does not allow it now or the channel does not offer it.
     */
    public OrderView start(StartSealOrder cmd) {
        return start.start(cmd);
    }

    /** The price and product of the order the account would start, with the same refusals as {@link #start}. */
    public SealQuote quote(UUID accountId, UUID sealId, OrderType type) {
        return start.quote(accountId, sealId, type);
    }

    /** What a seal order asks for; empty for an order of another type. */
    public Optional<SealRequest> request(OrderId id) {
        return Optional.ofNullable(reads.sealRequest(id));
    }
}
