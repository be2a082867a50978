package com.certhall.orders.domain;

import com.certhall.orders.OrderId;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests that must reach a stored order directly (the repository is internal to {@code orders.domain}): change it
 * through the aggregate's own methods, read it, or hold a copy loaded earlier and save it later (optimistic locking).
 * Each call is one transaction.
 */
public class StoredOrders {

    private final Orders orders;
    private final TransactionTemplate tx;

    StoredOrders(Orders orders, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Applies {@code change} to the stored order and saves it. */
    public void change(OrderId id, Consumer<Order> change) {
        tx.executeWithoutResult(s -> {
            Order order = orders.get(id);
            change.accept(order);
            orders.save(order);
        });
    }

    /** Reads from the stored order inside a transaction (its history is lazy). */
    public <T> T read(OrderId id, Function<Order, T> read) {
        return tx.execute(s -> read.apply(orders.get(id)));
    }

    /** A copy loaded now, with its history, to be changed and saved later. */
    public Order load(OrderId id) {
        return tx.execute(s -> {
            Order order = orders.get(id);
            order.history().size();
            return order;
        });
    }

    /** Saves a copy loaded earlier; a stale copy fails with an optimistic locking error. */
    public void save(Order order) {
        tx.executeWithoutResult(s -> orders.save(order));
    }

    /** Registers {@link StoredOrders} in the shared integration context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        StoredOrders storedOrders(Orders orders, PlatformTransactionManager transactions) {
            return new StoredOrders(orders, transactions);
        }
    }
}
