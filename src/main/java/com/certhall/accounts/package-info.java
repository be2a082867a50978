/**
 * Applicant accounts (person and enterprise) and staff users: registration, password and SMS login, captcha,
 * SMS challenges, lock-out and rate limits, password reset, mobile change, bearer tokens and roles.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "audit"})
@NullMarked
package com.certhall.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
