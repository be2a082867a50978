package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The items of a call shared between its own thread and the CA's helpers ({@link SharedWork}). */
class SharedWorkTests {

    private final SharedWork work = new SharedWork(1);

    @AfterEach
    void stop() {
        work.destroy();
    }

    @Test
    void everyItemRunsOnceAndAHelperTakesItemsBesideTheCaller() {
        AtomicIntegerArray runs = new AtomicIntegerArray(200);
        Set<String> threads = ConcurrentHashMap.newKeySet();

        work.forEach(200, i -> {
            runs.incrementAndGet(i);
            threads.add(Thread.currentThread().getName());
            sleep(1);
        });

        for (int i = 0; i < 200; i++) {
            assertThat(runs.get(i)).as("item %d", i).isEqualTo(1);
        }
        assertThat(threads).contains(Thread.currentThread().getName()).anyMatch(t -> t.startsWith("pki-issuing-"));
    }

    @Test
    void aHelperFreeOfOneCallGoesOnWithAnotherCallsItems() throws Exception {
        AtomicIntegerArray first = new AtomicIntegerArray(100);
        AtomicIntegerArray second = new AtomicIntegerArray(100);
        Thread other = new Thread(() -> work.forEach(100, i -> {
            first.incrementAndGet(i);
            sleep(1);
        }));
        other.start();
        work.forEach(100, i -> {
            second.incrementAndGet(i);
            sleep(1);
        });
        other.join(10_000);

        for (int i = 0; i < 100; i++) {
            assertThat(first.get(i)).isEqualTo(1);
            assertThat(second.get(i)).isEqualTo(1);
        }
    }

    @Test
    void anItemsFailureReachesTheCallerOnlyOnceTheItemsTakenHaveFinished() throws Exception {
        CountDownLatch helperStarted = new CountDownLatch(1);
        CountDownLatch helperFinished = new CountDownLatch(1);
        IllegalStateException boom = new IllegalStateException("item 0");

        assertThatThrownBy(() -> work.forEach(2, i -> {
            if (Thread.currentThread().getName().startsWith("pki-issuing-")) {
                helperStarted.countDown();
                sleep(200);
                helperFinished.countDown();
            } else {
                await(helperStarted);
                throw boom;
            }
        })).isSameAs(boom);
        assertThat(helperFinished.getCount()).as("the helper's item finished before the call returned").isZero();
    }

    @Test
    void anErrorIsHandedBackAsItIs() {
        AssertionError error = new AssertionError("item");
        assertThatThrownBy(() -> work.forEach(3, i -> {
            throw error;
        })).isSameAs(error);
    }

    @Test
    void noItemsRunsNothing() {
        work.forEach(0, i -> {
            throw new IllegalStateException("must not run");
        });
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("a helper took an item").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
