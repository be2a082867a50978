/**
 * Electronic seals (docs/seals.md): seal images drawn from the organisation's name or its specimen, GB/T 38540-2020
 * seals made by the CA's seal maker for e-seal certificates, their end when the certificate ends, seal changes, the
 * organisation's seal administrators and users; PDFs sealed (PAdES) with a cloud credential the signing module
 * authorizes, and sealed PDFs verified.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "pki", "audit", "accounts", "orders", "lifecycle",
        "documents", "verification", "signing"})
@NullMarked
package com.certhall.seals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
