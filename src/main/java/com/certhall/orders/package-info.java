/**
 * Business orders (业务单: new issuance and every lifecycle order type), their state machine, the step-by-step
 * drafts of the application wizard, and the application signature. The whole order lifecycle lives here; other
 * modules report results through {@link com.certhall.orders.OrderManagement}.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "accounts", "catalog", "documents",
        "recognition"})
@NullMarked
package com.certhall.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
