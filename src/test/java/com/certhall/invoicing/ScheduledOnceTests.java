package com.certhall.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.orders.Identities;
import com.certhall.orders.OrderView;
import com.certhall.support.KnownPortIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs on one node at a time (docs/deployment.md, "Several nodes"): while another node holds the
 * invoice worker's ShedLock lock in the shared {@code shedlock} table, this node's scheduled pass does nothing; once
 * the lock is released it does the work.
 */
@KnownPortIntegrationTest
class ScheduledOnceTests {

    @Autowired
    InvoiceFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theInvoiceWorkerSkipsItsPassWhileAnotherNodeHoldsItsLock() {
        UUID account = UUID.randomUUID();
        OrderView order = fixtures.orderWithInvoice(account, "单节点" + Math.floorMod(account
                .getLeastSignificantBits(), 1_000_000L) + "有限公司", Identities.uscc(),
                "once-" + account.toString().substring(0, 8) + "@example.com");
        InvoiceView blue = fixtures.pay(order);
        // the other node: its own lock provider on the same database, as PlatformConfig builds it
        LockProvider otherNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).usingDbTime().build());
        SimpleLock held = otherNode.lock(new LockConfiguration(Instant.now(), "invoicing-worker",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow(() -> new AssertionError("lock is free"));
        try {
            fixtures.worker().scheduled();
            assertThat(fixtures.invoices().get(blue.id()).status()).as("skipped on this node")
                    .isEqualTo(InvoiceStatus.PENDING);
            assertThat(fixtures.invoices().get(blue.id()).attempts()).isZero();
        } finally {
            held.unlock();
        }
        fixtures.worker().scheduled();
        assertThat(fixtures.invoices().get(blue.id()).status()).as("run once the lock is free")
                .isIn(InvoiceStatus.ISSUING, InvoiceStatus.ISSUED);
    }
}
