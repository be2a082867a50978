package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.PinCourier;
import com.certhall.lifecycle.PinDeliveryStatus;
import com.certhall.lifecycle.PinDeliveryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The PIN of a server-made key on its way to the holder. PIN and mobile are stored sealed
 * ({@code shared.DataProtection}); the PIN is wiped when the delivery is reported, leaving the channel used
 * and the masked destination. {@code PENDING} until then, {@code DELIVERED} after ({@link PinDeliveryStatus}).
 */
@Entity
@Table(name = "lifecycle_pin_delivery")
class PinDelivery extends LifecycleRecord<PinDeliveryStatus> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(nullable = false)
    private UUID certificateId;
    private @Nullable String sealedPin;
    @Column(nullable = false)
    private String sealedMobile;
    @Enumerated(EnumType.STRING)
    @Column
    private PinCourier.@Nullable Channel channel;
    @Column
    private @Nullable String destination;
    @Column(nullable = false)
    private Instant createdAt;
    private @Nullable Instant deliveredAt;

    protected PinDelivery() {
        // for JPA
    }

    private PinDelivery(UUID certificateId, String sealedPin, String sealedMobile, Instant now) {
        super(PinDeliveryStatus.PENDING);
        this.id = UUID.randomUUID();
        this.certificateId = certificateId;
        this.sealedPin = sealedPin;
        this.sealedMobile = sealedMobile;
        this.createdAt = now;
    }

    public static PinDelivery pending(UUID certificateId, String sealedPin, String sealedMobile, Instant now) {
        return new PinDelivery(certificateId, sealedPin, sealedMobile, now);
    }

    /**
     * Wipes the PIN and records how it went out and where to (masked, for the holder's page); a second report
     * changes nothing.
     */
    public void delivered(PinCourier.Channel channel, @Nullable String destination, Instant now) {
        if (status() == PinDeliveryStatus.DELIVERED) {
            return;
        }
        moveTo(PinDeliveryStatus.DELIVERED, "deliver the PIN");
        this.sealedPin = null;
        this.channel = channel;
        this.destination = destination;
        this.deliveredAt = now;
    }

    public UUID id() {
        return id;
    }

    public @Nullable String sealedPin() {
        return sealedPin;
    }

    public String sealedMobile() {
        return sealedMobile;
    }

    public PinCourier.@Nullable Channel channel() {
        return channel;
    }

    public UUID certificateId() {
        return certificateId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PinDeliveryView view() {
        return new PinDeliveryView(status(), channel, destination, deliveredAt);
    }
}
