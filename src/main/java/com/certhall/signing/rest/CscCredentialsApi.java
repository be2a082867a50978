package com.certhall.signing.rest;

import com.certhall.shared.Caller;
import com.certhall.signing.domain.Authorizations;
import com.certhall.signing.domain.CloudCredentials;
import com.certhall.signing.domain.CscException;
import com.certhall.signing.domain.SigningCaller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSC {@code credentials/*} (docs/signing.md): list, info, authorize (explicit with the PIN, or scan-to-sign without
 * it: 202 and a handle) and authorizeCheck.
 */
@RestController
class CscCredentialsApi extends CscErrors {

    private final CloudCredentials credentials;
    private final Authorizations authorizations;

    CscCredentialsApi(CloudCredentials credentials, Authorizations authorizations) {
        this.credentials = credentials;
        this.authorizations = authorizations;
    }

    @PostMapping(path = "/csc/v2/credentials/list", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CSC: the credentials of the holder (a partner names the holder by userID, the mobile)")
    CscJson.ListResponse list(@RequestBody CscJson.ListRequest request, Caller caller) {
        var who = SigningCaller.of(caller);
        List<String> ids = credentials.list(who, request.userID());
        int max = request.maxResults() == null ? ids.size() : Math.max(0, request.maxResults());
        List<String> page = ids.stream().limit(max).toList();
        List<CscJson.CredentialInfo> infos = Boolean.TRUE.equals(request.credentialInfo())
                ? page.stream().map(id -> CredentialInfos.of(credentials.get(who, id), true,
                        request.certificates(), request.certInfo(), request.authInfo())).toList()
                : null;
        return new CscJson.ListResponse(page, infos);
    }

    @PostMapping(path = "/csc/v2/credentials/info", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CSC: one credential: key, certificate (chain), authorization mode, SCAL")
    CscJson.CredentialInfo info(@RequestBody CscJson.InfoRequest request, Caller caller) {
        return CredentialInfos.of(credentials.get(SigningCaller.of(caller), request.credentialID()), false,
                request.certificates(), request.certInfo(), request.authInfo());
    }

    @PostMapping(path = "/csc/v2/credentials/authorize", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CSC: authorize the named hashes; with authData PIN → SAD, without → 202 scan-to-sign")
    ResponseEntity<CscJson.AuthorizeResponse> authorize(@RequestBody CscJson.AuthorizeRequest request, Caller caller) {
        var who = SigningCaller.of(caller);
        var asked = new Authorizations.Request(request.credentialID(), request.numSignatures(), request.hashes(),
                request.hashAlgorithmOID(), request.description());
        List<CscJson.AuthDatum> data = request.authData();
        if (data == null || data.isEmpty()) {
            Authorizations.Pending pending = authorizations.start(who, asked);
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new CscJson.AuthorizeResponse(null, pending.expiresIn(), pending.handle(), pending.qrUrl()));
        }
        String pin = data.stream().filter(d -> "PIN".equals(d.id())).map(CscJson.AuthDatum::value)
                .filter(v -> v != null && !v.isEmpty()).findFirst()
                .orElseThrow(() -> CscException.invalidParameter("authData"));
        Authorizations.Sad sad = authorizations.authorize(who, asked, pin);
        return ResponseEntity.ok(new CscJson.AuthorizeResponse(sad.sad(), sad.expiresIn(), null, null));
    }

    @PostMapping(path = "/csc/v2/credentials/authorizeCheck", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CSC: poll a scan-to-sign authorization; the SAD once the holder entered the PIN")
    ResponseEntity<CscJson.CheckResponse> authorizeCheck(@RequestBody CscJson.CheckRequest request, Caller caller) {
        Authorizations.Sad sad = authorizations.check(SigningCaller.of(caller), request.handle());
        if (sad == null) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CscJson.CheckResponse("pending", null, null));
        }
        return ResponseEntity.ok(new CscJson.CheckResponse("authorized", sad.sad(), sad.expiresIn()));
    }
}
