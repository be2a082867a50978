/**
 * Help for applicants: the help centre (questions and answers per channel and general, in Chinese and English),
 * online support conversations between customers and SUPPORT staff, and requests to replace a lost registered mobile
 * (docs/help.md).
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "accounts", "catalog", "orders", "documents",
        "notifications"})
@NullMarked
package com.certhall.support;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
