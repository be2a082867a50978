package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.SmsCodeSent;
import com.certhall.lifecycle.domain.PossessionBySms;
import com.certhall.lifecycle.domain.PossessionProofs;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proof of possession before an unchanged renewal (docs/lifecycle.md, "Renewal"): the key signs a server challenge
 * — a cloud certificate's under its signing PIN, a UKEY's on the token under its PIN, or the holder's UKEY middleware
 * signs a challenge fetched here and posts the signature — or, for a cloud certificate, an SMS code to its
 * administrator mobile. The proof lets one {@code POST /api/v1/orders} of type {@code RENEWAL} start within ten
 * minutes.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class PossessionProofApi {

    private final CertificateManagement certificates;
    private final PossessionProofs proofs;
    private final PossessionBySms sms;

    PossessionProofApi(CertificateManagement certificates, PossessionProofs proofs, PossessionBySms sms) {
        this.certificates = certificates;
        this.proofs = proofs;
        this.sms = sms;
    }

    record ProofRequest(
            @Schema(description = "The cloud certificate's signing PIN, or the UKEY's PIN.") @Nullable String pin,
            @Schema(description = "A cloud certificate's RENEWAL code from possession-sms, instead of the PIN.")
            @Nullable String smsCode,
            @Schema(description = "A challenge from possession-challenges, answered with signature.")
            @Nullable UUID challengeId,
            @Schema(description = "Base64 signature of the challenge's UTF-8 bytes by the certificate's key "
                    + "(SHA256withECDSA DER, SHA256withRSA, or SM3withSM2 with the default ID).")
            @Nullable String signature) {

        @Override
        public String toString() {
            return "ProofRequest[***]";
        }
    }

    @Schema(description = "A proof of possession: a renewal of the certificate may start until validUntil (once).")
    record ProofResponse(String serialHex, Instant validUntil) {
    }

    @Schema(description = "A challenge to sign with the certificate's key (its UTF-8 bytes), answered once.")
    record ChallengeResponse(UUID challengeId, String serialHex, String challenge, Instant expiresAt) {
    }

    @PostMapping("/api/v1/certificates/{serial}/possession-proof")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Prove possession of the certificate's key before a renewal: the PIN, a signed challenge, "
            + "or a cloud certificate's SMS code")
    ProofResponse prove(@PathVariable String serial, @RequestBody ProofRequest request, Caller caller) {
        HeldCertificateView held = certificates.owned(serial, caller.applicantId());
        PossessionProofs.Proven proven;
        if (request.smsCode() != null) {
            proven = sms.prove(caller.applicantId(), held, request.smsCode(), caller.auditActor());
        } else if (request.challengeId() != null || request.signature() != null) {
            proven = proofs.answer(caller.applicantId(), held, request.challengeId(), request.signature(),
                    caller.auditActor());
        } else {
            proven = proofs.prove(caller.applicantId(), held, request.pin(), caller.auditActor());
        }
        return new ProofResponse(proven.serialHex(), proven.validUntil());
    }

    @PostMapping("/api/v1/certificates/{serial}/possession-challenges")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A challenge for the holder's UKEY middleware to sign, answered on possession-proof")
    ChallengeResponse challenge(@PathVariable String serial, Caller caller) {
        HeldCertificateView held = certificates.owned(serial, caller.applicantId());
        PossessionProofs.Challenge c = proofs.challenge(caller.applicantId(), held, caller.auditActor());
        return new ChallengeResponse(c.challengeId(), c.serialHex(), c.challenge(), c.expiresAt());
    }

    @PostMapping("/api/v1/certificates/{serial}/possession-sms")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends a cloud certificate's RENEWAL SMS code to its administrator mobile")
    SmsCodeSent sendSms(@PathVariable String serial, Caller caller, Locale locale) {
        return sms.send(certificates.owned(serial, caller.applicantId()), locale);
    }
}
