package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff revocation of a holder's certificate and release from hold (REVIEWER or ADMIN); both are audited with the
 * staff user.
 */
@RestController
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class CertificateAdminApi {

    /** {@code reason}: an RFC 5280 reason such as {@code KEY_COMPROMISE} or {@code keyCompromise}. */
    record Revocation(@Nullable String reason,
            @Schema(description = "When the key became invalid (RFC 5280 §5.3.2), ISO-8601, not in the future; "
                    + "optional.") @Nullable Instant invalidityDate) {
    }

    private final CertificateManagement certificates;

    CertificateAdminApi(CertificateManagement certificates) {
        this.certificates = certificates;
    }

    @PostMapping("/api/v1/admin/certificates/{serial}/revocation")
    @Operation(summary = "Revokes a certificate with an RFC 5280 reason and an optional invalidity date "
            + "(REVIEWER, ADMIN)")
    HeldCertificateView revoke(@PathVariable String serial, @RequestBody Revocation body, Caller caller) {
        return certificates.revoke(serial, body.reason(), body.invalidityDate(), caller.auditActor());
    }

    @PostMapping("/api/v1/admin/certificates/{serial}/release")
    @Operation(summary = "Releases a certificate from hold; 409 unless it is on hold (REVIEWER, ADMIN)")
    HeldCertificateView release(@PathVariable String serial, Caller caller) {
        return certificates.releaseHold(serial, caller.auditActor());
    }
}
