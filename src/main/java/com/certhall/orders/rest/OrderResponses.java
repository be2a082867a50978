package com.certhall.orders.rest;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderFacts;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.domain.OrderChanges;
import com.certhall.shared.KeptPerNode;
import com.certhall.shared.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The order as the API answers it, with what other modules know of it ({@link OrderFacts}). */
@Component
class OrderResponses {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final List<OrderFacts> facts;
    private final TransactionTemplate readOnly;
    private final KeptPerNode<OrderId, Owned> kept;

    /** How long another node's write of an order may go unseen here. */
    static final Duration KEPT = Duration.ofSeconds(2);

    OrderResponses(OrderManagement orders, CatalogManagement catalog, List<OrderFacts> facts,
            PlatformTransactionManager transactions, OrderChanges changes) {
        this.orders = orders;
        this.catalog = catalog;
        this.facts = facts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // an order's details weigh a few kilobytes: at most a few megabytes of the 512 MB heap (docs/benchmarks.md)
        this.kept = changes.keep(KEPT, 2_000);
    }

    /**
     * The order's own part — the order, its history and who must still pass an identity check — is kept per node
     * ({@link #KEPT}, dropped by every write of an order: {@link OrderChanges}); the other modules' facts
     * (certificates, payment) are asked each time, and each module answers as it sees fit (both keep theirs per
     * node, dropped by their own writes). So a read whose parts are all kept asks the database nothing and borrows
     * no pooled connection (docs/benchmarks.md, applicant API); a part not kept is read in its own read-only
     * transaction, the order's own part in one transaction in which the order is loaded once (the verification plan
     * finds it in the same persistence context), in a fixed number of statements. Inside a writing transaction
     * nothing kept is used: it may hold a change not yet flushed, so there everything is read in that transaction.
     */
    OrderJson full(OrderId id, UUID accountId) {
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return writing ? read(id, accountId, owned(id)) : read(id, accountId, kept(id));
    }

    private OrderJson read(OrderId id, UUID accountId, Owned owned) {
        if (!owned.details().order().accountId().equals(accountId)) {
            throw new NotFoundException("order", id); // another account's order is a 404 like a missing one
        }
        return OrderJson.of(owned.details(), stage(owned.details().order().channel()), owned.unverified(),
                facts.stream().flatMap(f -> f.certificates(id).stream()).toList(),
                facts.stream().flatMap(f -> f.payment(id).stream()).findFirst().orElse(null));
    }

    /**
     * The kept part, unless the channel's rules it was worked out with have been replaced since (who must pass a
     * check follows the channel's rules, which the catalog keeps and drops on its own writes).
     */
    private Owned kept(OrderId id) {
        Owned owned = kept.get(id, () -> readOnly.execute(status -> owned(id)));
        if (owned != null && owned.rules() == rules(owned.details().order().channel())) {
            return owned;
        }
        kept.drop(id);
        return Objects.requireNonNull(readOnly.execute(status -> owned(id)));
    }

    private Owned owned(OrderId id) {
        OrderDetails details = orders.details(id);
        // the rules asked before the plan reads them: if they change meanwhile, the kept part is not used
        ChannelRules rules = rules(details.order().channel());
        // who must still pass an identity check (or hand it to a reviewer) before the order can be submitted
        List<String> unverified = details.order().status().isEditable() ? orders.unverifiedParties(id) : List.of();
        return new Owned(details, unverified, rules);
    }

    private @Nullable ChannelRules rules(String channel) {
        return catalog.findChannel(channel).orElse(null);
    }

    /** The order's own part of its answer, and the channel's rules it was worked out with. */
    private record Owned(OrderDetails details, List<String> unverified, @Nullable ChannelRules rules) {
    }

    /**
     * The account's orders, optionally of one status, in one read-only transaction: the orders are loaded by one
     * query and each total is read from the order already loaded, so the list costs the same statements whatever
     * its length (the channel's stage is kept per node).
     */
    List<OrderJson.Summary> summaries(UUID accountId, @Nullable OrderStatus wanted) {
        return readOnly.execute(status -> orders.ofAccount(accountId).stream()
                .filter(v -> wanted == null || v.status() == wanted)
                .map(v -> OrderJson.Summary.of(v, stage(v.channel()), orders.totalFen(v.id()))).toList());
    }

    VerificationStage stage(String channel) {
        return catalog.findChannel(channel).map(ChannelRules::verificationStage)
                .orElse(VerificationStage.AFTER_SUBMISSION);
    }

    static OrderId parse(String id) {
        try {
            return new OrderId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("order", id);
        }
    }
}
