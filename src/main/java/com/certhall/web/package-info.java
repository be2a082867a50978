/**
 * The shell around every module: layout, home page, language switch, security configuration, error pages, the
 * mapping of refusals to RFC 9457 problem details, and what pages share (page errors, page times, the caller).
 * Upstream of every module with pages; it knows none of them (the accounts module answers {@link ApiTokens}).
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package com.certhall.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
