/**
 * Electronic invoices (数电票) of orders: a blue invoice issued through a {@code TaxPlatform} after payment, after
 * shipment or on request (per channel) for orders that asked for one, its files and deliveries, the public lookup,
 * and the reversal of a refunded or cancelled order by a red-letter confirmation and a red invoice.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "orders", "payments", "accounts", "catalog",
        "seals"})
@NullMarked
package com.certhall.invoicing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
