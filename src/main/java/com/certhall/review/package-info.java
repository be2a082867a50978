/**
 * Review of submitted orders (审核): automatic checks first, a manual queue with reasons for the rest, and the
 * reviewers' decisions (approve, or reject with a reason), each audited with the reviewer.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit", "orders", "documents", "catalog", "recognition"})
@NullMarked
package com.certhall.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
