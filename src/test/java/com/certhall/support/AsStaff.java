package com.certhall.support;

import com.certhall.accounts.StaffRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as a signed-in staff user with the given roles, with the real accounts principal. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@WithSecurityContext(factory = CallerSecurityContexts.Staff.class)
public @interface AsStaff {

    String value();

    StaffRole[] roles();
}
