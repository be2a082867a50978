/**
 * The append-only, hash-chained audit log: every security event, decision and state change, with identifiers
 * masked, and the verifier an auditor uses to prove the chain unbroken.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package com.certhall.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
