package com.certhall.lifecycle;

import com.certhall.accounts.AccountsClient;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderStatusChanged;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For lifecycle tests: a switch that makes the node "crash" in the transaction that would mark an order issued, and
 * the holders of issued certificates.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LifecycleTestSupport {

    @Bean
    CrashBeforeIssued crashBeforeIssued() {
        return new CrashBeforeIssued();
    }

    /** Made on first use: only the contexts with a server have the HTTP client its accounts client needs. */
    @Bean
    @Lazy
    CertificateHolders certificateHolders(AccountsClient accounts, OrderManagement orders,
            ProductionManagement production, CertificateManagement certificates, JdbcTemplate jdbc) {
        return new CertificateHolders(accounts, orders, production, certificates, jdbc);
    }

    /** While armed, the move ISSUING → ISSUED throws inside its transaction, so it rolls back. */
    public static class CrashBeforeIssued {

        private final AtomicBoolean armed = new AtomicBoolean();

        public void arm() {
            armed.set(true);
        }

        public void disarm() {
            armed.set(false);
        }

        @EventListener
        void on(OrderStatusChanged event) {
            if (armed.get() && event.to() == OrderStatus.ISSUED) {
                throw new IllegalStateException("simulated crash before the order is marked issued");
            }
        }
    }
}
