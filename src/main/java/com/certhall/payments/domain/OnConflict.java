package com.certhall.payments.domain;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Repeats a short transaction that lost a race on the same payment (the provider's callback, the cancellation and
 * the refund follow-up may act on one payment at the same moment). Each attempt reloads the payment and checks its
 * state again, so a repeat never applies anything twice.
 */
final class OnConflict {

    private static final int ATTEMPTS = 4;

    private OnConflict() {
    }

    static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
