package com.certhall.seals.domain;

import com.certhall.pki.SealMaker;
import com.certhall.seals.SealKind;
import com.certhall.seals.SealMade;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a seal for a signing certificate (docs/seals.md "Making a seal"): the image (drawn or from a specimen), the
 * GB/T 38540 {@code SESeal} signed by the CA's seal maker listing the certificate, a new seal code, validity the
 * certificate's; stored and announced ({@link SealMade}, audited).
 */
@Service
public class SealFactory {

    private final SealMaker maker;
    private final SealRows rows;
    private final SealCodes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SealFactory(SealMaker maker, SealRows rows, SealCodes codes, ApplicationEventPublisher events, Clock clock) {
        this.maker = maker;
        this.rows = rows;
        this.codes = codes;
        this.events = events;
        this.clock = clock;
    }

    /** The certificate the seal lists, with its validity. */
    public record Certificate(String serial, byte[] der, Instant notBefore, Instant notAfter) {
    }

    /** Whose seal: the holder account and order, the organisation. */
    public record Holder(UUID accountId, UUID orderId, String orderNumber, String organisation, String uscc) {
    }

    /** The image: a PNG already prepared (drawn by {@link SealImages} or from {@link SealSpecimens}). */
    public record Picture(SealKind kind, String name, String source, byte[] png) {
    }

    @Transactional
    public UUID make(Certificate cert, Holder holder, Picture picture, @Nullable UUID replaces, String actor) {
        UUID id = UUID.randomUUID();
        String esId = codes.next(holder.uscc());
        SealMaker.MadeSeal made = maker.make(new SealMaker.SealContent(esId, picture.kind().sesType(),
                picture.name(), List.of(cert.der()), "PNG", picture.png(), picture.kind().widthMm(),
                picture.kind().heightMm(), cert.notBefore(), cert.notAfter()));
        rows.insert(new SealRows.NewSeal(id, esId, holder.accountId(), holder.orderId(), holder.orderNumber(),
                cert.serial(), holder.uscc(), holder.organisation(), picture.kind(), picture.name(),
                picture.source(), picture.png(), made.seSeal(), cert.notBefore(), cert.notAfter(), replaces,
                clock.instant()));
        events.publishEvent(new SealMade(id, esId, holder.uscc(), cert.serial(), picture.source(), actor));
        return id;
    }
}
