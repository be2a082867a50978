package com.certhall.orders.domain;

import com.certhall.orders.OrderStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Business figures for Prometheus (docs/deployment.md, "Metrics and logs"): orders by state and the orders issued so
 * far, read from the database on each scrape so that every node reports the cluster's figures. The issued count
 * only grows (history is never deleted), so it is a counter and {@code rate()} gives the issuance rate.
 */
@Component
class OrderMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    OrderMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OrderStatus status : OrderStatus.values()) {
            Gauge.builder("certhall.orders", this, m -> m.count("SELECT COUNT(*) FROM applications_order "
                    + "WHERE status = ?", status.name())).tag("status", status.name())
                    .description("orders in this state").register(registry);
        }
        FunctionCounter.builder("certhall.orders.issued", this, m -> m.count("SELECT COUNT(*) FROM "
                + "applications_history WHERE to_status = ?", OrderStatus.ISSUED.name()))
                .description("orders whose certificates were issued (moves into ISSUED)").register(registry);
    }

    private double count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
