package com.certhall.seals.web;

import com.certhall.seals.domain.SealAdministration;
import com.certhall.seals.domain.SealRows;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff's view of seals and the administrators and users of an organisation (docs/seals.md "Staff view"). */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'OPERATOR', 'AUDITOR', 'ADMIN')")
class SealAdminPages {

    private static final int SHOWN = 50;

    private final SealRows rows;
    private final SealAdministration administration;
    private final Clock clock;

    SealAdminPages(SealRows rows, SealAdministration administration, Clock clock) {
        this.rows = rows;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping("/admin/seals")
    String list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String uscc, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("rows", rows.search(q, SHOWN, clock.instant()));
        model.addAttribute("uscc", uscc);
        model.addAttribute("members", uscc == null || uscc.isBlank() ? List.of()
                : administration.membersForStaff(uscc.strip()));
        return "seals/admin-seals";
    }

    @GetMapping("/admin/seals/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        rows.find(id, clock.instant()).orElseThrow(() -> new NotFoundException("seal", id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(rows.image(id));
    }
}
