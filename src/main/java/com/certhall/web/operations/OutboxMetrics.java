package com.certhall.web.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog: event publications (notifications, invoices, issuance steps …) not yet completed. A backlog
 * that grows means a listener keeps failing, usually a provider that is down (docs/deployment.md, "Metrics").
 * Read from the database on each scrape, so every node reports the cluster's figure.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    OutboxMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("certhall.outbox.backlog", this, OutboxMetrics::backlog)
                .description("event publications not completed yet").register(registry);
    }

    private double backlog() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                Long.class);
        return count == null ? 0 : count;
    }
}
