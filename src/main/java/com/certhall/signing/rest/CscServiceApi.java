package com.certhall.signing.rest;

import com.certhall.shared.SiteProperties;
import com.certhall.signing.domain.CscException;
import com.certhall.signing.domain.PartnerClients;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSC service's {@code info} and its token endpoint: OAuth 2.0 client credentials (RFC 6749 §4.4), the client
 * authenticated by HTTP Basic or by {@code client_id}/{@code client_secret} in the form (§2.3.1).
 */
@RestController
class CscServiceApi extends CscErrors {

    static final List<String> METHODS = List.of("info", "oauth2/token", "credentials/list", "credentials/info",
            "credentials/authorize", "credentials/authorizeCheck", "signatures/signHash", "signatures/signDoc");

    private final PartnerClients partners;
    private final SiteProperties site;

    CscServiceApi(PartnerClients partners, SiteProperties site) {
        this.partners = partners;
        this.site = site;
    }

    @PostMapping(path = "/csc/v2/info", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CSC: what this remote signing service offers")
    CscJson.Info info() {
        return new CscJson.Info("2.0.0.2", site.name(), site.link("/favicon.ico"), "CN", "zh-CN",
                "CertHall cloud certificates: keys kept by the CA, PIN per credential, SCAL2",
                List.of("oauth2client", "external"), site.link("/csc/v2"), METHODS);
    }

    @PostMapping(path = "/csc/v2/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "OAuth 2.0 client credentials: a partner client's access token (scope signing)")
    CscJson.Token token(@RequestParam(name = "grant_type", required = false) @Nullable String grantType,
            @RequestParam(name = "client_id", required = false) @Nullable String clientId,
            @RequestParam(name = "client_secret", required = false) @Nullable String clientSecret,
            @RequestParam(required = false) @Nullable String scope,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
        if (!"client_credentials".equals(grantType)) {
            throw new CscException(400, "unsupported_grant_type", "Only grant_type=client_credentials is offered");
        }
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = basic(authorization.substring(6).strip());
            id = pair[0];
            secret = pair[1];
        }
        if (id == null || secret == null) {
            throw new CscException(401, "invalid_client", "Client authentication failed");
        }
        PartnerClients.IssuedToken token = partners.token(id, secret, scope)
                .orElseThrow(() -> new CscException(401, "invalid_client", "Client authentication failed"));
        return new CscJson.Token(token.accessToken(), "Bearer", token.expiresIn(), token.scope());
    }

    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new CscException(401, "invalid_client", "Client authentication failed");
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw new CscException(401, "invalid_client", "Client authentication failed");
        }
    }
}
