/**
 * Remote signing with cloud certificates on the Cloud Signature Consortium API v2 (docs/signing.md): credentials,
 * explicit authorization with the signing PIN, scan-to-sign on the holder's phone, SCAL2 signature activation data,
 * {@code signHash}, the signature log, and the partner clients of channels that call it.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "lifecycle", "pki", "orders", "accounts", "catalog", "audit"})
@NullMarked
package com.certhall.signing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
