package com.certhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a node keeps (docs/architecture.md, "Caches per node"): an expired value is read again by one caller while the
 * others keep answering with it; a change drops it at once, even during that read; a value gone is not answered.
 */
class KeptPerNodeTests {

    /** Expired as soon as it is kept. */
    final KeptPerNode<String, String> kept = new KeptPerNode<>(Duration.ofNanos(1), 10);

    @Test
    void oneCallerReadsAnExpiredValueAgainWhileTheOthersAnswerWithIt() throws Exception {
        kept.get("k", () -> "old");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        CompletableFuture<String> renewing = CompletableFuture.supplyAsync(() -> kept.get("k", () -> {
            reads.incrementAndGet();
            reading.countDown();
            await(release);
            return "new";
        }));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(kept.get("k", () -> "read by a second caller")).isEqualTo("old");

        release.countDown();
        assertThat(renewing.get(10, TimeUnit.SECONDS)).isEqualTo("new");
        assertThat(reads).hasValue(1);
        assertThat(kept.get("k", () -> "next")).isEqualTo("next"); // expired again: this caller reads it
    }

    @Test
    void aChangeDuringTheRenewingReadDropsTheOldValueAtOnce() throws Exception {
        kept.get("k", () -> "old");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> renewing = CompletableFuture.supplyAsync(() -> kept.get("k", () -> {
            reading.countDown();
            await(release);
            return "read before the change";
        }));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        kept.changed();

        assertThat(kept.get("k", () -> "after the change")).isEqualTo("after the change");
        release.countDown();
        assertThat(renewing.get(10, TimeUnit.SECONDS)).isEqualTo("read before the change");
    }

    @Test
    void aValueGoneIsNotAnsweredAnyMore() {
        kept.get("k", () -> "old");
        assertThat(kept.get("k", () -> null)).isNull();
        assertThat(kept.get("k", () -> "again")).isEqualTo("again");
    }

    @Test
    void aValueWithinItsTimeToLiveIsAnsweredWithoutReading() {
        KeptPerNode<String, String> longer = new KeptPerNode<>(Duration.ofMinutes(1), 10);
        longer.get("k", () -> "kept");
        assertThat(longer.get("k", () -> "read")).isEqualTo("kept");
        longer.changed();
        assertThat(longer.get("k", () -> "read")).isEqualTo("read");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
