package com.certhall.seals.pdf;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What 验章/验签 found in a PDF, as the page and {@code POST /api/v1/seal-verifications} show it. */
@Schema(name = "SealVerification")
public record VerificationView(
        @Schema(description = "File name as uploaded.") String fileName,
        @Schema(description = "Whether the PDF carries a DSS dictionary (validation data for offline checks, B-LT).")
        boolean validationData,
        List<Signature> signatures) {

    /** One signature of the PDF. */
    @Schema(name = "SealVerificationSignature")
    public record Signature(
            @Schema(description = "Signature field name.") String field,
            @Schema(description = "Signer's name as the signature dictionary's /Name gives it.") @Nullable String name,
            @Schema(description = "Subject DN of the signer's certificate.") @Nullable String signer,
            @Schema(description = "Serial number of the signer's certificate, hex.") @Nullable String serialNumber,
            @Schema(description = "Issuer DN of the signer's certificate.") @Nullable String issuer,
            @Schema(description = "Digest and signature algorithm, e.g. SM3withSM2.") @Nullable String algorithm,
            @Schema(description = "ETSI.CAdES.detached or adbe.pkcs7.detached.") String subFilter,
            @Schema(description = "Time the signer claims (/M).") @Nullable Instant claimedTime,
            @Schema(description = "Time of a valid RFC 3161 signature time-stamp, if any.") @Nullable Instant timestamp,
            @Schema(description = "The byte range covers the whole file but the signature itself.")
            boolean coversWholeDocument,
            @Schema(description = "NONE; ADDITIONS (only later signatures or validation data); MODIFIED (pages "
                    + "changed after signing).") String changesAfterSigning,
            @Schema(description = "Signature, digest and signing certificate check out and no page changed.")
            boolean valid,
            @Schema(description = "Whether the signer's certificate was issued by this platform's CAs.")
            boolean issuedHere,
            @Schema(description = "Certificate status now: GOOD, REVOKED, ON_HOLD, EXPIRED, NOT_YET_VALID, UNKNOWN.")
            String certificateStatusNow,
            @Schema(description = "Certificate status at the time-stamp's (else the claimed) time.")
            @Nullable String certificateStatusAtSigning,
            @Schema(description = "Page of the seal, from 1; null for an invisible signature.") @Nullable Integer page,
            @Schema(description = "The seal's picture as a data: URI (PNG), if the signature has one.")
            @Nullable String sealImage,
            @Schema(description = "Why the signature could not be checked, if so.") @Nullable String problem) {
    }

    public static VerificationView of(String fileName, PdfVerifier.Report report) {
        return new VerificationView(fileName, report.validationData(), report.signatures().stream()
                .map(s -> new Signature(s.field(), s.name(), s.signer(), s.serialHex(), s.issuer(), s.algorithm(),
                        s.subFilter(), s.claimedTime(), s.timestampValid() ? s.timestamp() : null,
                        s.coversWholeDocument(), s.changes().name(), s.valid(), s.issuedHere(), s.statusNow().name(),
                        s.statusAtSigning() == null ? null : s.statusAtSigning().name(), s.page(),
                        s.sealPng() == null ? null
                                : "data:image/png;base64," + Base64.getEncoder().encodeToString(s.sealPng()),
                        s.problem()))
                .toList());
    }
}
