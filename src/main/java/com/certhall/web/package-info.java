/**
 * The shell around every module: layout, home page, language switch, security configuration, error pages and
 * the mapping of refusals to RFC 9457 problem details.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts"})
@NullMarked
package com.certhall.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
