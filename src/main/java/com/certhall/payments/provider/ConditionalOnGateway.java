package com.certhall.payments.provider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * The bean exists when {@code certhall.payments.gateway} (a comma-separated list: {@code sandbox}, {@code wechat},
 * {@code alipay}, or {@code none}) names this adapter. Without the property only the sandbox matches, as before
 * the list existed.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(GatewaySelection.class)
public @interface ConditionalOnGateway {

    /** The adapter's id. */
    String value();
}
