package com.certhall.seals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One electronic seal as its holder, its administrators and staff see it.
 *
 * @param esId              the seal code (GB/T 38540 {@code esID})
 * @param certificateSerial the signing certificate listed in the seal's cert list, lower-case hex
 * @param status            {@link SealStatus#EXPIRED} once {@code validTo} has passed, whatever was stored
 * @param source            {@code GENERATED} (drawn from the name) or {@code SPECIMEN} (made from the uploaded specimen)
 * @param type              the same as {@code kind}, under the name docs/api.md "Seals" gives it
 * @param certificateSerials the certificates listed in the seal's cert list (GB/T 38540 {@code certList})
 * @param imageUrl          where the PNG is downloaded
 * @param sealUrl           where the SESeal (DER) is downloaded
 */
public record SealView(UUID id, @Schema(description = "The seal code (GB/T 38540 esID).") String esId,
        @Schema(description = "OFFICIAL, INVOICE or PERSONAL.") SealKind kind, String name, String organisation,
        String uscc, @Schema(description = "The signing certificate listed in the seal, lower-case hex.")
        String certificateSerial, String orderNumber, UUID accountId,
        @Schema(description = "GENERATED (drawn from the name) or SPECIMEN (from the uploaded specimen).")
        String source, SealStatus status, Instant validFrom, Instant validTo,
        @Schema(description = "When the seal ended; absent while it is in use.") @Nullable Instant endedAt,
        @Schema(description = "Why it ended: the certificate's revocation reason, EXPIRED or CHANGED.")
        @Nullable String endedReason,
        @Schema(description = "OFFICIAL, INVOICE or PERSONAL (the same as kind).") String type,
        @Schema(description = "The certificates listed in the seal, lower-case hex.") List<String> certificateSerials,
        @Schema(description = "The seal's image, PNG.") String imageUrl,
        @Schema(description = "The seal's GB/T 38540 SESeal, DER.") String sealUrl) {

    public SealView {
        certificateSerials = List.copyOf(certificateSerials);
    }

    /** A seal as stored: the contract's derived fields (type, certificate list, download links) filled in. */
    public SealView(UUID id, String esId, SealKind kind, String name, String organisation, String uscc,
            String certificateSerial, String orderNumber, UUID accountId, String source, SealStatus status,
            Instant validFrom, Instant validTo, @Nullable Instant endedAt, @Nullable String endedReason) {
        this(id, esId, kind, name, organisation, uscc, certificateSerial, orderNumber, accountId, source, status,
                validFrom, validTo, endedAt, endedReason, kind.name(), List.of(certificateSerial),
                "/api/v1/seals/" + id + "/image.png", "/api/v1/seals/" + id + "/seal.der");
    }
}
