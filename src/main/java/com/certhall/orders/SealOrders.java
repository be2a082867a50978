package com.certhall.orders;

import com.certhall.orders.OrderCommands.StartSealOrder;
import com.certhall.orders.domain.OrderReads;
import com.certhall.orders.domain.SealStart;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
    public Quote quote(UUID accountId, UUID sealId, OrderType type) {
        return start.quote(accountId, sealId, type);
    }

    /** What a seal order asks for; empty for an order of another type. */
    public Optional<Request> request(OrderId id) {
        return Optional.ofNullable(reads.sealRequest(id));
    }

    /**
     * The price of a seal order before it starts (docs/seals.md "Seal orders"): the channel's price for the service on
     * the e-seal product of the seal's certificate, and the steps it goes through in the channel's flow.
     *
     * @param steps {@code CHECKS} (identity checks and materials), {@code SIGN}, then {@code REVIEW} and
     *              {@code PAYMENT} in the channel's order ({@code PAYMENT} left out when it is free), {@code SEAL}
     */
    public record Quote(OrderType type, String productName, long totalFen, String certificateSerial,
            List<String> steps) {

        public Quote {
            steps = List.copyOf(steps);
        }
    }

    /**
     * What a seal order (补章, 变章; docs/seals.md "Seal orders") asks the seals module to make.
     *
     * @param sealId the seal it starts from: 补章 adds a seal on that seal's certificate, 变章 replaces it
     * @param kind   the kind of the new seal ({@code OFFICIAL}, {@code INVOICE}), the seals module's names
     * @param name   the name on the new seal; null for the organisation's name
     */
    public record Request(UUID sealId, String kind, @Nullable String name) {
    }
}
