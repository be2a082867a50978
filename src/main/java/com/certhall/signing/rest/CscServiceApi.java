package com.certhall.signing.rest;

import com.certhall.shared.SiteProperties;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSC service's {@code info}. Its token endpoint ({@code oauth2/token}, OAuth 2.0 client credentials) is Spring
 * Authorization Server's at {@code /oauth2/token}, also answering under the CSC base ({@code signing.oauth}).
 */
@RestController
class CscServiceApi extends CscErrors {

    static final List<String> METHODS = List.of("info", "oauth2/token", "credentials/list", "credentials/info",
            "credentials/authorize", "credentials/authorizeCheck", "signatures/signHash", "signatures/signDoc");

    private final SiteProperties site;

    CscServiceApi(SiteProperties site) {
        this.site = site;
    }

    @PostMapping(path = "/csc/v2/info", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CSC: what this remote signing service offers")
    CscJson.Info info() {
        return new CscJson.Info("2.0.0.2", site.name(), site.link("/favicon.ico"), "CN", "zh-CN",
                "CertHall cloud certificates: keys kept by the CA, PIN per credential, SCAL2",
                List.of("oauth2client", "external"), site.link("/csc/v2"), METHODS);
    }
}
