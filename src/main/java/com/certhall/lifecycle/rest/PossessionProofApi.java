package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.domain.PossessionProofs;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proof of possession before an unchanged renewal of a cloud certificate (docs/lifecycle.md, "Renewal"): the holder's
 * signing PIN lets the kept key sign a server challenge; the proof then lets one {@code POST /api/v1/orders} of type
 * {@code RENEWAL} start within ten minutes.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class PossessionProofApi {

    private final CertificateManagement certificates;
    private final PossessionProofs proofs;

    PossessionProofApi(CertificateManagement certificates, PossessionProofs proofs) {
        this.certificates = certificates;
        this.proofs = proofs;
    }

    record ProofRequest(@Schema(description = "The certificate's signing PIN, as set on activation.")
            @Nullable String pin) {

        @Override
        public String toString() {
            return "ProofRequest[***]";
        }
    }

    @Schema(description = "A proof of possession: a renewal of the certificate may start until validUntil (once).")
    record ProofResponse(String serialHex, Instant validUntil) {
    }

    @PostMapping("/api/v1/certificates/{serial}/possession-proof")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Prove possession of a cloud certificate's key with its signing PIN, before a renewal")
    ProofResponse prove(@PathVariable String serial, @RequestBody ProofRequest request, Caller caller) {
        HeldCertificateView held = certificates.owned(serial, caller.applicantId());
        PossessionProofs.Proven proven = proofs.prove(caller.applicantId(), held, request.pin(), caller.auditActor());
        return new ProofResponse(proven.serialHex(), proven.validUntil());
    }
}
