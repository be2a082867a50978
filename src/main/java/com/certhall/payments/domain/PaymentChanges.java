package com.certhall.payments.domain;

import com.certhall.shared.KeptPerNode;
import org.springframework.stereotype.Component;

/**
 * What this module keeps per node of its payments (docs/architecture.md, "Caches per node"), dropped by every insert,
 * update and delete of a {@link Payment} (its entity listener; the module writes that table through JPA only), at
 * once and again when the writing transaction has ended; another node's write is read within the time to live of
 * what was kept.
 */
@Component
public class PaymentChanges extends KeptPerNode.Group {

    PaymentChanges() {
        super(Payment.class);
    }
}
