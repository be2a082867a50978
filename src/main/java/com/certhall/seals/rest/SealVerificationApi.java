package com.certhall.seals.rest;

import com.certhall.seals.pdf.PdfVerifier;
import com.certhall.seals.pdf.VerificationView;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 验章/验签 for anyone (docs/api.md, docs/seals.md "Verifying"): a signed PDF in, each signature's findings out. */
@RestController
class SealVerificationApi {

    private final PdfVerifier verifier;

    SealVerificationApi(PdfVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping(path = {"/api/v1/signature-checks", "/api/v1/seal-verifications"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify the signatures and seals of a PDF (multipart field file)")
    VerificationView verify(@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
        byte[] pdf = file == null ? new byte[0] : file.getBytes();
        return VerificationView.of(file == null || file.getOriginalFilename() == null ? "document.pdf"
                : file.getOriginalFilename(), verifier.verify(pdf));
    }
}
