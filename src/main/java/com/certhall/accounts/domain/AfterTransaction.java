package com.certhall.accounts.domain;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must commit whatever becomes of the caller's transaction (a wrong SMS code try, the audit entry of a
 * refused send) without the request ever holding a second database connection: with no transaction active it runs
 * at once; inside one it runs when that transaction has ended, on a worker thread that takes its own connection
 * after the request's is back in the pool.
 */
@Component
class AfterTransaction {

    private static final Logger log = LoggerFactory.getLogger(AfterTransaction.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "accounts-after-transaction");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code work} now, or after the current transaction ends when {@code onlyOnRollback} says so. */
    void run(Runnable work, boolean onlyOnRollback) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (!onlyOnRollback || status != STATUS_COMMITTED) {
                    worker.execute(() -> {
                        try {
                            work.run();
                        } catch (RuntimeException e) {
                            log.warn("work after a transaction failed", e);
                        }
                    });
                }
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
