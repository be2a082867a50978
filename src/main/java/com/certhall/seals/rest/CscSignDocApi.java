package com.certhall.seals.rest;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.seals.pdf.PdfSealing;
import com.certhall.seals.pdf.Placement;
import com.certhall.shared.Caller;
import com.certhall.shared.InvalidInputException;
import com.certhall.signing.DocumentSigning;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSC {@code signatures/signDoc} for PDFs (docs/signing.md "Documents", docs/api.md): one PDF per call in Base64,
 * PAdES ({@code signature_format} P) at B-LT, the seal on the last page; the SAD from {@code credentials/authorize}
 * must name the digest of the PDF as sent (SM3 for SM2, SHA-256 otherwise). Partner authentication and rate limits
 * are those of every {@code /csc/**} call; each signature goes to the holder's signature log.
 */
@RestController
class CscSignDocApi {

    private static final Map<KeyAlgorithm, Set<String>> SIGN_ALGOS = Map.of(
            KeyAlgorithm.SM2, Set.of("1.2.156.10197.1.501"),
            KeyAlgorithm.EC_P256, Set.of("1.2.840.10045.4.3.2", "1.2.840.10045.2.1"),
            KeyAlgorithm.RSA_2048, Set.of("1.2.840.113549.1.1.11", "1.2.840.113549.1.1.1"),
            KeyAlgorithm.RSA_3072, Set.of("1.2.840.113549.1.1.11", "1.2.840.113549.1.1.1"));
    private static final Set<String> LEVELS = Set.of("ADES-B-B", "ADES-B-T", "ADES-B-LT", "ADES-B");

    private final PdfSealing sealing;
    private final DocumentSigning signing;

    CscSignDocApi(PdfSealing sealing, DocumentSigning signing) {
        this.sealing = sealing;
        this.signing = signing;
    }

    @Schema(name = "CscSignDocRequest")
    record SignDocRequest(@Nullable String credentialID, @JsonProperty("SAD") @Nullable String sad,
            @Nullable List<Document> documents, @Nullable Boolean returnValidationInfo,
            @Nullable String clientData) {

        @Override
        public String toString() {
            return "SignDocRequest[" + credentialID + "]";
        }
    }

    @Schema(name = "CscSignDocDocument")
    record Document(@Schema(description = "The PDF, Base64 (at most 1.5 MB decoded: the API's parser buffers no "
            + "string over 2 MiB)", type = "string", format = "byte") byte @Nullable [] document,
            @JsonProperty("signature_format") @Schema(description = "P (PAdES)") @Nullable String signatureFormat,
            @JsonProperty("conformance_level") @Schema(description = "Ades-B-B, Ades-B-T or Ades-B-LT; always "
                    + "made at B-LT") @Nullable String conformanceLevel,
            @Nullable String signAlgo,
            @JsonProperty("signed_envelope_property") @Nullable String signedEnvelopeProperty) {
    }

    @Schema(name = "CscSignDocResponse")
    record SignDocResponse(@JsonProperty("DocumentWithSignature") List<String> documentWithSignature) {
    }

    @Schema(name = "CscSignDocError", description = "CSC error: a code and an English description.")
    record Error(String error, @JsonProperty("error_description") String errorDescription) {
    }

    @PostMapping(path = "/csc/v2/signatures/signDoc", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CSC: sign one PDF (PAdES B-LT with the seal) under a SAD covering its digest")
    SignDocResponse signDoc(@RequestBody SignDocRequest request, Caller caller) {
        List<Document> documents = request.documents();
        if (documents == null || documents.size() != 1 || documents.get(0) == null) {
            throw invalid("documents: one PDF per call");
        }
        Document document = documents.get(0);
        if (!"P".equals(document.signatureFormat())) {
            throw invalid("signature_format");
        }
        if (document.conformanceLevel() != null
                && !LEVELS.contains(document.conformanceLevel().toUpperCase(Locale.ROOT))) {
            throw invalid("conformance_level");
        }
        if (document.signedEnvelopeProperty() != null && !"Approval".equals(document.signedEnvelopeProperty())) {
            throw invalid("signed_envelope_property");
        }
        if (request.credentialID() == null || request.sad() == null || request.sad().isBlank()) {
            throw invalid(request.credentialID() == null ? "credentialID" : "SAD");
        }
        DocumentSigning.Credential credential = signing.credential(caller, request.credentialID());
        if (document.signAlgo() != null && !SIGN_ALGOS.get(credential.algorithm()).contains(document.signAlgo())) {
            throw invalid("signAlgo");
        }
        byte[] pdf = document.document() == null ? new byte[0] : document.document();
        byte[] signed = sealing.signDocument(caller, request.credentialID(), request.sad(), pdf,
                Placement.lastPageCorner());
        return new SignDocResponse(List.of(Base64.getEncoder().encodeToString(signed)));
    }

    @ExceptionHandler(DocumentSigning.Refused.class)
    ResponseEntity<Error> refused(DocumentSigning.Refused e) {
        return ResponseEntity.status(e.status()).body(new Error(e.error(), e.getMessage()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Error> badDocument(InvalidInputException e) {
        String code = e.violations().isEmpty() ? "invalid" : e.violations().get(0).code();
        return ResponseEntity.badRequest().body(new Error("invalid_request",
                "Invalid parameter documents[0].document: " + switch (code) {
                    case "size" -> "larger than " + com.certhall.seals.pdf.PdfFiles.MAX_BYTES / 1048576 + " MB";
                    case "encrypted" -> "the PDF is encrypted";
                    case "required" -> "empty";
                    default -> "not a PDF";
                }));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Error> unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                        : r.getFieldName()).collect(Collectors.joining(".")).replace(".[", "[")
                : null;
        return ResponseEntity.badRequest().body(new Error("invalid_request",
                field == null ? "Malformed JSON body" : "Invalid parameter " + field));
    }

    private static DocumentSigning.Refused invalid(String parameter) {
        return new DocumentSigning.Refused(400, "invalid_request", "Invalid parameter " + parameter);
    }
}
