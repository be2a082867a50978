package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.CertificateExpiring;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.shared.SiteProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expiry reminders (docs/lifecycle.md, "Expiry reminders"): a valid certificate gets one reminder per threshold of
 * its channel ({@code certhall.lifecycle.reminders.days}, 90, 30 and 7 days before notAfter, or
 * {@code certhall.lifecycle.reminders.channels.<code>}). A run that finds several thresholds passed at once (the
 * platform was down, the certificate was short) sends only the nearest and records them all, so the holder gets no
 * burst. Nothing for revoked or held certificates, or for one the account already renewed (a newer valid
 * certificate of the same subject that outlives it). Each reminder is recorded in the transaction that puts its
 * event in the outbox, so none is sent twice, on any number of nodes.
 */
@Service
public class ExpiryReminders {

    private final HeldCertificates certificates;
    private final OrderManagement orders;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Settings settings;
    private final SiteProperties site;
    private final Clock clock;

    ExpiryReminders(HeldCertificates certificates, OrderManagement orders, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Settings settings, SiteProperties site, Clock clock) {
        this.certificates = certificates;
        this.orders = orders;
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
    }

    /** {@code certhall.lifecycle.reminders.*}: the thresholds in days before notAfter, by default and per channel. */
    @ConfigurationProperties("certhall.lifecycle.reminders")
    public record Settings(List<Integer> days, Map<String, List<Integer>> channels) {

        public Settings {
            days = days == null || days.isEmpty() ? List.of(90, 30, 7) : List.copyOf(days);
            channels = channels == null ? Map.of() : Map.copyOf(channels);
        }

        List<Integer> forChannel(String channel) {
            return channels.getOrDefault(channel, days);
        }

        int longest() {
            int max = days.stream().mapToInt(Integer::intValue).max().orElse(0);
            for (List<Integer> l : channels.values()) {
                max = Math.max(max, l.stream().mapToInt(Integer::intValue).max().orElse(0));
            }
            return max;
        }
    }

    /** One pass over the certificates that end within the longest threshold; answers how many reminders went out. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        int sent = 0;
        for (HeldCertificate c : certificates.findEnding(now, now.plus(Duration.ofDays(settings.longest())))) {
            if (remind(c, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(HeldCertificate c, Instant now) {
        String channel = orders.get(new OrderId(c.applicationId())).channel();
        TreeSet<Integer> due = new TreeSet<>();
        for (int days : settings.forChannel(channel)) {
            if (days > 0 && !now.isBefore(c.notAfter().minus(Duration.ofDays(days)))) {
                due.add(days);
            }
        }
        List<Integer> done = jdbc.queryForList("SELECT days_before FROM lifecycle_expiry_reminder WHERE serial_hex = ?",
                Integer.class, c.serialHex());
        due.removeAll(done);
        if (due.isEmpty() || (!done.isEmpty() && due.first() > done.stream().mapToInt(Integer::intValue).min()
                .orElseThrow())) {
            return false;
        }
        for (int days : due) {
            jdbc.update("INSERT INTO lifecycle_expiry_reminder (serial_hex, days_before, reminded_at) VALUES (?, ?, ?)",
                    c.serialHex(), days, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
        }
        if (certificates.renewed(c.accountId(), c.subjectName(), c.notAfter(), c.createdAt())) {
            return false;
        }
        long daysLeft = Duration.between(now, c.notAfter()).toDays();
        events.publishEvent(new CertificateExpiring(c.serialHex(), new OrderId(c.applicationId()), c.orderNumber(),
                c.subjectName(), c.notAfter(), due.first(), daysLeft,
                site.link("/certificates?serial=" + c.serialHex())));
        return true;
    }
}
