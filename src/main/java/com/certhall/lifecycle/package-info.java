/**
 * Issuance and delivery of an approved order's certificates: issuing them through the CA core keyed by order line,
 * delivering PINs of server-made keys, the holder's "my certificates", staff revocation, UKEY PIN unlock, expiry
 * reminders and the certificate query without login.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "accounts", "orders", "catalog", "pki"})
@NullMarked
package com.certhall.lifecycle;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
