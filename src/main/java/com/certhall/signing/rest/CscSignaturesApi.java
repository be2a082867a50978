package com.certhall.signing.rest;

import com.certhall.shared.Caller;
import com.certhall.signing.domain.CscException;
import com.certhall.signing.domain.HashSigning;
import com.certhall.signing.domain.SigningCaller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Base64;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** CSC {@code signatures/signHash}: signatures over hashes the SAD covers, in their order (docs/signing.md). */
@RestController
class CscSignaturesApi extends CscErrors {

    private final HashSigning signing;

    CscSignaturesApi(HashSigning signing) {
        this.signing = signing;
    }

    @PostMapping(path = "/csc/v2/signatures/signHash", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CSC: sign the authorized hashes (the SAD is used up)")
    CscJson.SignHashResponse signHash(@RequestBody CscJson.SignHashRequest request, Caller caller) {
        return new CscJson.SignHashResponse(signatures(signing, request, caller).stream()
                .map(s -> Base64.getEncoder().encodeToString(s)).toList());
    }

    /** The call, as this endpoint and its lean path ({@link LeanSignHash}) make it: the signatures' octets. */
    static List<byte[]> signatures(HashSigning signing, CscJson.SignHashRequest request, Caller caller) {
        if (request.operationMode() != null && !"S".equals(request.operationMode())) {
            throw CscException.invalidParameter("operationMode");
        }
        return signing.signatures(SigningCaller.of(caller), new HashSigning.Request(request.credentialID(),
                request.sad(), request.hashes(), request.hashAlgorithmOID(), request.signAlgo()));
    }
}
