package com.certhall.seals.domain;

import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderView;
import com.certhall.pki.CertificateRecord;
import com.certhall.seals.SealKind;
import com.certhall.seals.SealView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 印章办理 (docs/seals.md "Adding and changing a seal", "Seal orders"): 补章 adds another seal (another kind, e.g.
 * the 发票专用章, or a second name) for the same valid certificate; 变章 replaces a seal by a new one with a new code,
 * the old one ends as {@code SUPERSEDED} and its users keep their grants. Made by the CA's seal maker and audited
 * ({@code SealMade}, {@code SealEnded}): at once for the seal administrator, or for an approved seal order (priced,
 * paid and reviewed in the channel's flow), once per order.
 */
@Service
public class SealChanges {

    private final SealRows rows;
    private final SealFactory factory;
    private final SealPictures pictures;
    private final SealEnding ending;
    private final SealAdministration administration;
    private final SealCertificates certificates;
    private final Clock clock;

    SealChanges(SealRows rows, SealFactory factory, SealPictures pictures, SealEnding ending,
            SealAdministration administration, SealCertificates certificates, Clock clock) {
        this.pictures = pictures;
        this.rows = rows;
        this.factory = factory;
        this.ending = ending;
        this.administration = administration;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** 补章: a new seal of {@code kind} named {@code name} on the certificate of seal {@code basis}. */
    @Transactional
    public SealView add(UUID account, UUID basis, @Nullable String kind, @Nullable String name, String actor) {
        SealView base = usable(account, basis);
        return made(base, drawn(base, kind(kind), name), null, actor);
    }

    /** 变章: seal {@code seal} replaced by one of {@code kind} named {@code name}. */
    @Transactional
    public SealView change(UUID account, UUID seal, @Nullable String kind, @Nullable String name, String actor) {
        SealView old = usable(account, seal);
        rows.lock(seal);
        return replaced(old, made(old, drawn(old, kind(kind), name), old.id(), actor), actor);
    }

    /**
     * The seal of an approved seal order (补章 or 变章 as {@code change}): drawn, or for an official seal from the
     * specimen uploaded to the order when it has a usable one; once per order (a second call answers the first
     * seal). The seal asked for must still be active and its certificate valid (409 otherwise).
     */
    @Transactional(noRollbackFor = ConflictException.class)
    public SealView forOrder(OrderDetails order, OrderView.SealRequest request, boolean change, String actor) {
        Optional<UUID> done = rows.madeFor(order.id().id());
        if (done.isPresent()) {
            return rows.find(done.get(), clock.instant()).orElseThrow();
        }
        rows.lock(request.sealId());
        SealView base = rows.find(request.sealId(), clock.instant())
                .orElseThrow(() -> new NotFoundException("seal", request.sealId()));
        if (!base.status().usable()) {
            throw new ConflictException("seals.change.ended", "the seal has ended", base.esId());
        }
        SealKind k = kind(request.kind());
        String text = request.name() == null || request.name().isBlank() ? base.organisation() : request.name();
        SealFactory.Picture picture = k == SealKind.OFFICIAL ? pictures.specimen(order, k, text)
                .orElseGet(() -> drawn(base, k, text)) : drawn(base, k, text);
        SealView made = made(base, picture, change ? base.id() : null, actor);
        rows.madeFor(made.id(), order.id().id());
        return change ? replaced(base, made, actor) : made;
    }

    private SealView replaced(SealView old, SealView made, String actor) {
        if (!ending.supersede(old, made, actor)) {
            throw new ConflictException("seals.change.ended", "the seal has ended", old.esId());
        }
        return made;
    }

    private SealFactory.Picture drawn(SealView base, SealKind k, @Nullable String name) {
        String text = name == null || name.isBlank() ? base.organisation() : name.strip();
        try {
            return pictures.drawn(k, text, base.uscc());
        } catch (InvalidInputException e) {
            // the drawing names its parameter "name"; on this form the seal's name is the field "sealName"
            throw InvalidInputException.of("sealName", "length", "validation.seals.name", "sealName");
        }
    }

    private SealView made(SealView base, SealFactory.Picture picture, @Nullable UUID replaces, String actor) {
        CertificateRecord cert = certificates.record(base.certificateSerial());
        if (!certificates.valid(cert)) {
            throw new ConflictException("seals.certificate.notValid", "the seal's certificate is not valid",
                    base.certificateSerial());
        }
        UUID id = factory.make(SealCertificates.forSeal(cert), new SealFactory.Holder(base.accountId(),
                orderId(base), base.orderNumber(), base.organisation(), base.uscc()), picture, replaces, actor);
        return rows.find(id, clock.instant()).orElseThrow();
    }

    private SealView usable(UUID account, UUID seal) {
        SealView view = rows.find(seal, clock.instant()).orElseThrow(() -> new NotFoundException("seal", seal));
        administration.admin(account, view.uscc());
        if (!view.status().usable()) {
            throw new ConflictException("seals.change.ended", "the seal has ended", view.esId());
        }
        return view;
    }

    private UUID orderId(SealView base) {
        return rows.orderId(base.id());
    }

    private static SealKind kind(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return SealKind.OFFICIAL;
        }
        try {
            SealKind k = SealKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
            if (k == SealKind.PERSONAL) {
                throw new IllegalArgumentException(raw);
            }
            return k;
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "oneOf", "seals.kind.oneOf", "kind");
        }
    }
}
