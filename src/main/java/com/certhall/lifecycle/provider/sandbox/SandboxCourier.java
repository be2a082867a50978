package com.certhall.lifecycle.provider.sandbox;

import com.certhall.lifecycle.provider.Courier;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.SiteProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sandbox courier: checks waybill numbers by the carrier's format ({@link Carrier#accepts}), refuses a number
 * already in use, keeps the parcel in {@code lifecycle_sandbox_parcel} and tells its progress on
 * {@code /sandbox/courier/{number}}: picked up at once, in transit after {@code step}, out for delivery after two,
 * delivered after three.
 */
@Component
@Profile("sandbox")
public class SandboxCourier implements Courier {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String baseUrl;
    private final Duration step;

    SandboxCourier(JdbcTemplate jdbc, Clock clock,
            SiteProperties site,
            @Value("${certhall.lifecycle.sandbox.courier-step:PT6H}") Duration step) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
        this.step = step;
    }

    /** A parcel and where it is. */
    public record Parcel(String trackingNumber, String carrier, String orderNumber, String destination,
            Instant registeredAt, List<Event> events) {
    }

    /** One line of the tracking history; {@code code}: PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED. */
    public record Event(String code, Instant at) {
    }

    @Override
    public String register(Carrier carrier, String trackingNumber, String orderNumber, String destination) {
        carrier.requireWaybill(trackingNumber);
        try {
            jdbc.update("INSERT INTO lifecycle_sandbox_parcel (tracking_number, carrier, order_number, destination,"
                    + " registered_at) VALUES (?, ?, ?, ?, ?)", trackingNumber, carrier.name(), orderNumber,
                    destination,
                    OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("trackingNumber", "taken", "lifecycle.validation.trackingNumberTaken",
                    "trackingNumber");
        }
        return baseUrl + "/sandbox/courier/" + trackingNumber;
    }

    /** The parcel with its progress as of now. */
    public Optional<Parcel> track(String trackingNumber) {
        return jdbc.query("SELECT * FROM lifecycle_sandbox_parcel WHERE tracking_number = ?", (rs, i) -> {
            Instant at = rs.getObject("registered_at", OffsetDateTime.class).toInstant();
            return new Parcel(rs.getString("tracking_number"), rs.getString("carrier"), rs.getString("order_number"),
                    rs.getString("destination"), at, events(at));
        }, trackingNumber).stream().findFirst();
    }

    @Override
    public Optional<Instant> deliveredAt(Carrier carrier, String trackingNumber) {
        return track(trackingNumber).flatMap(p -> p.events().stream().filter(e -> e.code().equals("DELIVERED"))
                .map(Event::at).findFirst());
    }

    private List<Event> events(Instant registered) {
        List<Event> events = new ArrayList<>();
        String[] codes = {"PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"};
        Instant now = clock.instant();
        for (int i = 0; i < codes.length; i++) {
            Instant at = registered.plus(step.multipliedBy(i));
            if (!at.isAfter(now)) {
                events.add(new Event(codes[i], at));
            }
        }
        return events;
    }
}
