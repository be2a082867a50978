package com.certhall.seals.domain;

import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.DocumentStatus;
import com.certhall.documents.StoredDocument;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.Subject;
import com.certhall.seals.SealKind;
import com.certhall.seals.SealView;
import com.certhall.shared.InvalidInputException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an order's seal looks like (docs/seals.md "Making a seal"), the same for the confirmation before submission
 * and for the seal made after issuance: the order's seal specimen when it has a usable one (made transparent, cropped,
 * checked), else the seal of the certificate a renewal, change or reissue replaces, else drawn from the seal name.
 */
@Component
public class SealPictures {

    private static final Logger log = LoggerFactory.getLogger(SealPictures.class);

    private final DocumentManagement documents;
    private final SealImages images;
    private final SealSpecimens specimens;
    private final SealRows rows;
    private final Clock clock;

    SealPictures(DocumentManagement documents, SealImages images, SealSpecimens specimens, SealRows rows,
            Clock clock) {
        this.documents = documents;
        this.images = images;
        this.specimens = specimens;
        this.rows = rows;
        this.clock = clock;
    }

    /** The seal name of an organisation order: its seal name, else its name; empty for a person. */
    public static Optional<String> sealName(OrderDetails order) {
        if (order.draft().subject() instanceof Subject.Organization org) {
            return Optional.of(org.sealName() == null || org.sealName().isBlank() ? org.name() : org.sealName());
        }
        return Optional.empty();
    }

    /** What the seal looks like; what the holder confirmed before submitting (docs/seals.md "Confirmation"). */
    public SealFactory.Picture of(OrderDetails order, String name) {
        Optional<SealFactory.Picture> specimen = specimen(order, SealKind.OFFICIAL, name);
        if (specimen.isPresent()) {
            return specimen.get();
        }
        String previous = order.order().certificateSerial();
        if (previous != null) {
            Optional<SealView> before = rows.ofCertificate(previous, clock.instant()).stream()
                    .max(Comparator.comparing(SealView::validFrom));
            if (before.isPresent()) {
                return new SealFactory.Picture(before.get().kind(), name, before.get().source(),
                        rows.image(before.get().id()));
            }
        }
        return drawn(SealKind.OFFICIAL, name, null);
    }

    /** A seal of {@code kind} drawn with {@code name}; an invoice seal also shows the organisation's USCC. */
    public SealFactory.Picture drawn(SealKind kind, String name, @Nullable String uscc) {
        return new SealFactory.Picture(kind, name, "GENERATED",
                images.draw(kind, name, kind == SealKind.INVOICE ? uscc : null, null));
    }

    /** The order's usable seal specimen as a seal of {@code kind} named {@code name}; empty without one. */
    public Optional<SealFactory.Picture> specimen(OrderDetails order, SealKind kind, String name) {
        Optional<byte[]> specimen = specimen(order);
        if (specimen.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SealFactory.Picture(kind, name, "SPECIMEN", specimens.prepare(specimen.get(),
                    kind)));
        } catch (InvalidInputException e) {
            log.info("seal specimen of order {} not usable ({}), the seal is drawn", order.order().number(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<byte[]> specimen(OrderDetails order) {
        DocumentOwner owner = DocumentOwner.of("order", order.id().id());
        return documents.list(owner).stream()
                .filter(d -> d.kind() == DocumentKind.SEAL_SPECIMEN && d.status() == DocumentStatus.ACTIVE)
                .max(Comparator.comparing(StoredDocument::uploadedAt))
                .map(d -> documents.content(owner, d.documentId()).bytes());
    }
}
