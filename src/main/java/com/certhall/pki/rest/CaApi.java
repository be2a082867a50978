package com.certhall.pki.rest;

import com.certhall.pki.CaCertificate;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.ca.Crypto;
import com.certhall.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /pki/ca} (the CAs as JSON) and {@code GET /pki/ca/{name}.crt} (a CA certificate, DER, with an ETag,
 * Last-Modified = notBefore and a max-age of a day; 304 to a conditional GET that still matches).
 */
@RestController
class CaApi {

    private static final MediaType PKIX_CERT = MediaType.parseMediaType("application/pkix-cert");
    /** A CA certificate changes only when the CA is replaced; the ETag tells a replaced one apart. */
    private static final Duration CA_MAX_AGE = Duration.ofDays(1);

    private final CertificateAuthority authority;

    CaApi(CertificateAuthority authority) {
        this.authority = authority;
    }

    /** One CA in the list. */
    record CaView(String name, String algorithm,
            @Schema(description = "Whether this is a self-signed root CA.") boolean root,
            @Schema(description = "The CA's distinguished name.") String subject,
            @Schema(description = "Where its certificate (DER) is.") String certUrl,
            @Schema(description = "Where its CRL (DER) is.") String crlUrl) {
    }

    @GetMapping(path = "/pki/ca", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The certificate authorities with their certificate and CRL URLs")
    List<CaView> list() {
        return authority.caCertificates().stream().map(ca -> new CaView(ca.name(), ca.algorithm().name(),
                ca.root(), ca.subject(), ca.certUrl(), ca.crlUrl())).toList();
    }

    @GetMapping("/pki/ca/{name}.crt")
    @Operation(summary = "A CA certificate (DER)")
    ResponseEntity<byte[]> certificate(@PathVariable String name) {
        CaCertificate ca = authority.caCertificates().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("CA", name));
        return ResponseEntity.ok().contentType(PKIX_CERT)
                .cacheControl(CacheControl.maxAge(CA_MAX_AGE).cachePublic().noTransform())
                .lastModified(ca.notBefore())
                .eTag("\"" + Crypto.sha256Hex(ca.der()) + "\"")
                .body(ca.der());
    }
}
