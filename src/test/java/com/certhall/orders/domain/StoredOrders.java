package com.certhall.orders.domain;

import com.certhall.catalog.FlowOrder;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderDraft.OrderLine;
import com.certhall.orders.OrderDraft;
import com.certhall.orders.OrderId;
import com.certhall.orders.Subject;
import java.time.Instant;
import java.util.List;
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
    void change(OrderId id, Consumer<Order> change) {
        tx.executeWithoutResult(s -> {
            Order order = orders.get(id);
            change.accept(order);
            orders.save(order);
        });
    }

    /** Reads from the stored order inside a transaction (its history is lazy). */
    <T> T read(OrderId id, Function<Order, T> read) {
        return tx.execute(s -> read.apply(orders.get(id)));
    }

    /** A copy loaded now, with its history, to be changed and saved later. */
    Order load(OrderId id) {
        return tx.execute(s -> {
            Order order = orders.get(id);
            order.history().size();
            return order;
        });
    }

    /** Saves a copy loaded earlier; a stale copy fails with an optimistic locking error. */
    void save(Order order) {
        tx.executeWithoutResult(s -> orders.save(order));
    }

    /** Sets the subject directly, as the subject step would after its checks ({@code subjectKey} for duplicates). */
    public void changeSubject(OrderId id, Subject subject, String subjectKey) {
        change(id, o -> o.changeSubject(subject, subjectKey, Instant.now()));
    }

    /** Sets the product lines directly, as the product step would after pricing. */
    public void changeLines(OrderId id, List<OrderLine> lines) {
        change(id, o -> o.editDraft("items", d -> d.withLines(lines), Instant.now()));
    }

    /** Submits without the signature step, as the wizard would once the order is complete. */
    public void submit(OrderId id, FlowOrder flow, VerificationStage stage, String actor) {
        change(id, o -> o.submit(flow, stage, actor, Instant.now()));
    }

    /** The stored draft, read back through the column's encryption. */
    public OrderDraft draft(OrderId id) {
        return read(id, Order::draft);
    }

    /** The actions of the order's history lines, oldest first. */
    public List<String> historyActions(OrderId id) {
        return read(id, o -> o.history().stream().map(HistoryLine::action).toList());
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
