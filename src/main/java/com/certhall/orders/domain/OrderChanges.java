package com.certhall.orders.domain;

import com.certhall.shared.KeptPerNode;
import org.springframework.stereotype.Component;

/**
 * What this module keeps per node of its orders (docs/architecture.md, "Caches per node"), dropped by every insert,
 * update and delete of an {@link Order} or a {@link HistoryLine} (their entity listener) and every recorded identity
 * check ({@link VerificationRecords}, the module's only JDBC write), at once and again when the writing transaction
 * has ended; another node's write is read within the time to live of what was kept.
 */
@Component
public class OrderChanges extends KeptPerNode.Group {

    OrderChanges() {
        super(Order.class, HistoryLine.class);
    }
}
