package com.certhall.seals.domain;

import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CertificateStatus;
import com.certhall.seals.SealEnded;
import com.certhall.seals.SealKind;
import com.certhall.seals.SealStatus;
import com.certhall.seals.SealView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 印章办理 by the organisation's seal administrator (docs/seals.md "Adding and changing a seal"): 补章 adds another
 * seal (another kind, e.g. the 发票专用章, or a second name) for the same valid certificate; 变章 replaces a seal
 * by a new one with a new code, the old one ends as {@code SUPERSEDED} and its users keep their grants. Both are
 * made at once by the CA's seal maker and audited ({@code SealMade}, {@code SealEnded}); they are not orders and
 * carry no price (the order aggregate does not hold them yet).
 */
@Service
public class SealChanges {

    private final SealRows rows;
    private final SealFactory factory;
    private final SealImages images;
    private final SealMembers members;
    private final SealAdministration administration;
    private final CertificateAuthority authority;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SealChanges(SealRows rows, SealFactory factory, SealImages images, SealMembers members,
            SealAdministration administration, CertificateAuthority authority, ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.factory = factory;
        this.images = images;
        this.members = members;
        this.administration = administration;
        this.authority = authority;
        this.events = events;
        this.clock = clock;
    }

    /** 补章: a new seal of {@code kind} named {@code name} on the certificate of seal {@code basis}. */
    @Transactional
    public SealView add(UUID account, UUID basis, @Nullable String kind, @Nullable String name, String actor) {
        SealView base = usable(account, basis);
        return made(base, kind, name, null, actor);
    }

    /** 变章: seal {@code seal} replaced by one of {@code kind} named {@code name}. */
    @Transactional
    public SealView change(UUID account, UUID seal, @Nullable String kind, @Nullable String name, String actor) {
        SealView old = usable(account, seal);
        rows.lock(seal);
        SealView made = made(old, kind, name, old.id(), actor);
        if (!rows.end(old.id(), SealStatus.SUPERSEDED, "CHANGED", clock.instant())) {
            throw new ConflictException("seals.change.ended", "the seal has ended", old.esId());
        }
        members.carryGrants(old.id(), made.id(), actor);
        events.publishEvent(new SealEnded(old.id(), old.esId(), SealStatus.SUPERSEDED, "CHANGED", actor));
        return made;
    }

    private SealView made(SealView base, @Nullable String kind, @Nullable String name, @Nullable UUID replaces,
            String actor) {
        SealKind k = kind(kind);
        String text = name == null || name.isBlank() ? base.organisation() : name.strip();
        byte[] png;
        try {
            png = images.draw(k, text, k == SealKind.INVOICE ? base.uscc() : null, null);
        } catch (InvalidInputException e) {
            // the drawing names its parameter "name"; on this form the seal's name is the field "sealName"
            throw InvalidInputException.of("sealName", "length", "validation.seals.name", "sealName");
        }
        CertificateRecord cert = authority.find(base.certificateSerial()).orElseThrow();
        if (cert.status() != CertificateStatus.GOOD || !clock.instant().isBefore(cert.notAfter())) {
            throw new ConflictException("seals.certificate.notValid", "the seal's certificate is not valid",
                    base.certificateSerial());
        }
        UUID id = factory.make(new SealFactory.Certificate(cert.serialHex(), cert.der(), cert.notBefore(),
                cert.notAfter()), new SealFactory.Holder(base.accountId(), orderId(base), base.orderNumber(),
                base.organisation(), base.uscc()), new SealFactory.Picture(k, text, "GENERATED", png), replaces,
                actor);
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
