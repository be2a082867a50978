package com.certhall.notifications.listeners;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener that sends a message after the publishing transaction committed, on the listener pool, kept in the
 * outbox until it returns (Spring Modulith completes the publication, a thrown retry leaves it open).
 *
 * <p>Unlike {@code @ApplicationModuleListener} it opens no transaction: a provider may take seconds to answer, and a
 * listener inside a transaction held a database connection all that time — hundreds of expiry reminders at once
 * emptied the pool. What it reads goes through the other modules' facades, each in its own short transaction, and
 * the delivery log writes in its own.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Async
@TransactionalEventListener
@interface NotificationListener {
}
