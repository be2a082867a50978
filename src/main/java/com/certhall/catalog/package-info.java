/**
 * Channels (projects) and their products, prices, required materials, verification methods, flow order and
 * prerequisites: the rules every application is checked against.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit"})
@NullMarked
package com.certhall.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
