package com.certhall.seals.rest;

import com.certhall.seals.SealMember;
import com.certhall.seals.SealView;
import com.certhall.seals.domain.SealAdministration;
import com.certhall.seals.domain.SealRows;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff's read-only view of seals and their administrators (docs/seals.md "Staff view"). */
@RestController
@PreAuthorize("hasAnyRole('REVIEWER', 'OPERATOR', 'AUDITOR', 'ADMIN')")
class SealAdminApi {

    private final SealRows rows;
    private final SealAdministration administration;
    private final Clock clock;

    SealAdminApi(SealRows rows, SealAdministration administration, Clock clock) {
        this.rows = rows;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/admin/seals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Seals whose name, organisation, USCC or code contains q, newest first (at most 100)")
    List<SealView> search(@RequestParam(required = false) @Nullable String q) {
        return rows.search(q, 100, clock.instant());
    }

    @GetMapping(path = "/api/v1/admin/seals/organisations/{uscc}/members", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The seal administrator and users of an organisation")
    List<SealMember> members(@PathVariable String uscc) {
        return administration.membersForStaff(uscc);
    }
}
