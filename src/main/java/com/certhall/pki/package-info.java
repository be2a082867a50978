/**
 * The certificate authority core: CA keys and certificates per algorithm, profiles, issuance, revocation, CRLs and
 * OCSP; it knows nothing about orders.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
@NullMarked
package com.certhall.pki;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
