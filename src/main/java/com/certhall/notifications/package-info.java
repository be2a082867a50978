/**
 * Turns domain events into SMS and e-mail: templates in Chinese and English, kept apart from the gateways that
 * send them; sending happens after commit through the event publication registry, with retries and a delivery log.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "accounts", "orders", "verification", "review",
        "lifecycle", "invoicing", "catalog"})
@NullMarked
package com.certhall.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
