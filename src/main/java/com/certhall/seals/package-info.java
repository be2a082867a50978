/**
 * Electronic seals (docs/seals.md): seal images drawn from the organisation's name, GB/T 38540-2020 seals made by the
 * CA's seal maker for e-seal certificates, and their end when the certificate ends; PDFs sealed (PAdES) with a
 * cloud credential the signing module authorizes, and sealed PDFs verified.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "pki", "signing"})
@NullMarked
package com.certhall.seals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
