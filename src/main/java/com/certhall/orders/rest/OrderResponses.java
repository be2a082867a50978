package com.certhall.orders.rest;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.catalog.VerificationStage;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderFacts;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The order as the API answers it, with what other modules know of it ({@link OrderFacts}). */
@Component
class OrderResponses {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final List<OrderFacts> facts;
    private final TransactionTemplate readOnly;

    OrderResponses(OrderManagement orders, CatalogManagement catalog, List<OrderFacts> facts,
            PlatformTransactionManager transactions) {
        this.orders = orders;
        this.catalog = catalog;
        this.facts = facts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * One read-only transaction for the whole answer: one pooled connection per request instead of one per module
     * asked, and the order loaded once (the verification plan finds it in the same persistence context), so the
     * read costs a fixed number of queries (docs/benchmarks.md, applicant API).
     */
    OrderJson full(OrderId id, UUID accountId) {
        return readOnly.execute(status -> read(id, accountId));
    }

    private OrderJson read(OrderId id, UUID accountId) {
        OrderDetails details = orders.detailsOwned(id, accountId);
        // who must still pass an identity check (or hand it to a reviewer) before the order can be submitted
        List<String> unverified = details.order().status().isEditable() ? orders.unverifiedParties(id) : List.of();
        return OrderJson.of(details, stage(details.order().channel()), unverified,
                facts.stream().flatMap(f -> f.certificates(id).stream()).toList(),
                facts.stream().flatMap(f -> f.payment(id).stream()).findFirst().orElse(null));
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
