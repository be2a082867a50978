/**
 * The simulated outside world for local runs and tests: the message inbox behind the sandbox SMS gateway and
 * mail sender, the sandbox index page, and the sandbox JSON API. Present only under the {@code sandbox} profile.
 */
@ApplicationModule(allowedDependencies = {"shared", "notifications", "accounts"})
@NullMarked
package com.certhall.sandbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
