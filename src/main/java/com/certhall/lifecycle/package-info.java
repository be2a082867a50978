/**
 * Issuance and delivery of an approved order's certificates: issuing them through the CA core keyed by order line,
 * delivering PINs of server-made keys, the holder's "my certificates", and staff revocation.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "orders", "catalog", "pki"})
@NullMarked
package com.certhall.lifecycle;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
