/**
 * Real-name verification of an order's organisation, legal representative, handler or individual applicant:
 * corporate micro-deposit, telecom 3-factor, bank card 4-factor and face liveness, each a case with its own
 * attempts, expiry and result, behind provider ports with sandbox adapters. It carries certificate PINs in deposit
 * memos for lifecycle ({@code lifecycle.PinCourier}).
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "orders", "accounts", "lifecycle"})
@NullMarked
package com.certhall.verification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
