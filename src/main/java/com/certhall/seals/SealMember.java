package com.certhall.seals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An administrator or seal user of an organisation (docs/seals.md "Administration"), identified by mobile.
 *
 * @param role    {@code ADMIN} or {@code USER}
 * @param sealIds the seals this member may use (an administrator may use all of the organisation's seals)
 */
public record SealMember(UUID id, String uscc, @Schema(description = "ADMIN or USER.") String role, String name,
        @Schema(description = "ID number, masked.") String idMasked,
        @Schema(description = "Mobile, masked.") String mobileMasked, Instant addedAt, List<UUID> sealIds) {

    public SealMember {
        sealIds = List.copyOf(sealIds);
    }

    public boolean administrator() {
        return "ADMIN".equals(role);
    }
}
