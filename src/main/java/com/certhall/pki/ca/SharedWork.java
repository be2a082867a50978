package com.certhall.pki.ca;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The items of one call worked on by the caller's thread and, when they are free, the CA's helper threads (one fewer
 * than the cores, at least one): each thread takes the next item until none is left, and a helper then goes on with
 * another call's items (docs/pki.md, "Issuance in batches"). A batch's CSRs are checked and signed this way, so that
 * while one caller waits for its commit another caller's batch keeps every core busy. Helpers are never waited for: a
 * call whose helpers are all busy elsewhere runs on its own thread, and a helper that starts once every item is taken
 * finds nothing to do, so a call is never slower than its own thread alone.
 */
@Component
class SharedWork implements DisposableBean {

    private final int helpers;
    private final ThreadPoolExecutor pool;
    /** The calls with items not taken yet, oldest first. */
    private final Queue<Items> open = new ConcurrentLinkedQueue<>();

    SharedWork() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    SharedWork(int helpers) {
        this.helpers = helpers;
        AtomicInteger made = new AtomicInteger();
        // a SynchronousQueue hands an item to an idle helper or to none: no backlog of stale helpers
        this.pool = new ThreadPoolExecutor(helpers, helpers, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "pki-issuing-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
        this.pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code work} for every item 0 … n − 1, each once, and returns when all have run. An item's exception
     * (runtime exception or error) is thrown here once every item taken has finished; the items not taken by then are
     * skipped. {@code work} must be safe to run on several threads at once for different items.
     */
    void forEach(int n, IntConsumer work) {
        if (n <= 0) {
            return;
        }
        Items items = new Items(n, work);
        open.add(items);
        for (int i = Math.min(helpers, n - 1); i > 0; i--) {
            pool.execute(this::help);
        }
        items.take();
        open.remove(items);
        boolean interrupted = false;
        while (true) {
            try {
                items.done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // a helper may still run an item: wait for it, then keep the interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable failure = items.failure.get();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** A helper's turn: the open calls' items, oldest call first, until none is left to take. */
    private void help() {
        for (Items items = open.peek(); items != null; items = open.peek()) {
            items.take();
            open.remove(items);
        }
    }

    /** One call's items: the next one to take, the count still to finish, and the first failure. */
    private static final class Items {
        private final int n;
        private final IntConsumer work;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Items(int n, IntConsumer work) {
            this.n = n;
            this.work = work;
            this.done = new CountDownLatch(n);
        }

        void take() {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        work.accept(i);
                    }
                } catch (Throwable t) { // handed to the caller's thread
                    failure.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
