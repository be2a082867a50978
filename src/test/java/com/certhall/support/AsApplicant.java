package com.certhall.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as a signed-in applicant whose principal is the real accounts principal. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@WithSecurityContext(factory = CallerSecurityContexts.Applicant.class)
public @interface AsApplicant {

    /** The account id (a UUID). */
    String value();

    String loginName() default "applicant";
}
