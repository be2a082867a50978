package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.PinCourier;
import com.certhall.lifecycle.PinDelivered;
import com.certhall.lifecycle.PinDeliveryStatus;
import com.certhall.lifecycle.PinReady;
import com.certhall.shared.DataProtection;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands the PIN of a server-made key to its holder (docs/lifecycle.md, BJCA-QH rule): in the memo of a 0.01 CNY
 * deposit when the order's organisation was verified by micro-deposit, otherwise — and when the bank refuses that
 * account for good — by SMS to the handler. The couriers are asked in the order of {@link PinCourier.Channel}; the
 * first that serves the order and delivers ends the hand-over: the PIN is wiped, channel and masked destination
 * kept, and {@link PinDelivered} published. A courier that does not answer fails the listener, so the publication
 * stays incomplete and is resubmitted ({@code web.OutboxResubmission}) while the PIN stays sealed; couriers carry a
 * parcel once per delivery id, and a delivered PIN is never unsealed again. The PIN is never logged.
 */
@Component
class PinHandOver {

    private static final Logger log = LoggerFactory.getLogger(PinHandOver.class);

    private final PinDeliveries deliveries;
    private final List<PinCourier> couriers;
    private final DataProtection protection;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PinHandOver(PinDeliveries deliveries, List<PinCourier> couriers, DataProtection protection,
            ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.couriers = List.copyOf(couriers);
        this.protection = protection;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PinReady event) {
        PinDelivery delivery = deliveries.findById(event.deliveryId()).orElse(null);
        if (delivery == null || delivery.status() == PinDeliveryStatus.DELIVERED) {
            return;
        }
        PinCourier.Parcel parcel = new PinCourier.Parcel(event.deliveryId(), event.order(), event.orderNumber(),
                event.serialHex(), protection.decrypt(Objects.requireNonNull(delivery.sealedPin())), event.mobile(),
                event.locale(), event.keyHome());
        Carried carried = carry(couriers, parcel);
        delivery.delivered(carried.channel(), carried.destination(), clock.instant());
        events.publishEvent(new PinDelivered(event.deliveryId(), event.orderNumber(), event.serialHex(),
                carried.channel(), carried.destination(), event.mobile(), event.locale()));
    }

    /** How the PIN went: the courier's channel and the masked destination. */
    record Carried(PinCourier.Channel channel, String destination) {
    }

    /**
     * The hand-over rule: the first courier (in {@link PinCourier.Channel} order) that serves the order and delivers;
     * one refused for good passes the parcel on, one that does not answer throws and ends this attempt.
     */
    static Carried carry(List<PinCourier> couriers, PinCourier.Parcel parcel) {
        for (PinCourier courier : couriers.stream().sorted(Comparator.comparing(PinCourier::channel)).toList()) {
            if (!courier.serves(parcel.order())) {
                continue;
            }
            PinCourier.Outcome outcome = courier.carry(parcel);
            if (outcome instanceof PinCourier.Delivered delivered) {
                return new Carried(courier.channel(), delivered.destination());
            }
            PinCourier.Refused refused = (PinCourier.Refused) outcome;
            log.warn("PIN delivery {} (order {}): {} to {} refused ({}); trying the next way", parcel.deliveryId(),
                    parcel.orderNumber(), courier.channel(), refused.destination(), refused.reason());
        }
        throw new IllegalStateException("no courier could carry PIN delivery " + parcel.deliveryId());
    }
}
