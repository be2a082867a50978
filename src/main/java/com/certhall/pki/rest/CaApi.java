package com.certhall.pki.rest;

import com.certhall.pki.CaCertificate;
import com.certhall.pki.CertificateAuthority;
import com.certhall.shared.NotFoundException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /pki/ca} (the CAs as JSON) and {@code GET /pki/ca/{name}.crt} (a CA certificate, DER). */
@RestController
class CaApi {

    private static final MediaType PKIX_CERT = MediaType.parseMediaType("application/pkix-cert");

    private final CertificateAuthority authority;

    CaApi(CertificateAuthority authority) {
        this.authority = authority;
    }

    /** One CA in the list. */
    record CaView(String name, String algorithm, boolean root, String subject, String certUrl, String crlUrl) {
    }

    @GetMapping(path = "/pki/ca", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CaView> list() {
        return authority.caCertificates().stream().map(ca -> new CaView(ca.name(), ca.algorithm().name(),
                ca.root(), ca.subject(), ca.certUrl(), ca.crlUrl())).toList();
    }

    @GetMapping("/pki/ca/{name}.crt")
    ResponseEntity<byte[]> certificate(@PathVariable String name) {
        CaCertificate ca = authority.caCertificates().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("CA", name));
        return ResponseEntity.ok().contentType(PKIX_CERT).body(ca.der());
    }
}
