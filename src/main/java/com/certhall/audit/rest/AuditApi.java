package com.certhall.audit.rest;

import com.certhall.audit.AuditEntryView;
import com.certhall.audit.AuditLog;
import com.certhall.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/audit}: recent entries and, with {@code verify=true}, the chain verification. */
@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditApi {

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Recent audit entries, newest first; with verify=true also the hash-chain verification")
    AuditPage list(@RequestParam(defaultValue = "false") boolean verify,
            @RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "100") int limit) {
        return new AuditPage(log.recent(action, actor, limit), verify ? log.verify() : null);
    }

    record AuditPage(@Schema(description = "Newest first.") List<AuditEntryView> entries,
            @Schema(description = "The hash-chain check; only with verify=true.") ChainVerification verification) {
    }
}
