package com.certhall.pki.crl;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /pki/crl/{ca}.crl}: the CA's current CRL, DER. */
@RestController
class CrlApi {

    private static final MediaType PKIX_CRL = MediaType.parseMediaType("application/pkix-crl");

    private final CrlPublisher publisher;

    CrlApi(CrlPublisher publisher) {
        this.publisher = publisher;
    }

    @GetMapping("/pki/crl/{name}.crl")
    ResponseEntity<Resource> crl(@PathVariable String name) {
        return ResponseEntity.ok().contentType(PKIX_CRL).cacheControl(CacheControl.noCache())
                .body(new FileSystemResource(publisher.current(name)));
    }
}
