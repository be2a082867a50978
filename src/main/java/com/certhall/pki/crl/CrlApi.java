package com.certhall.pki.crl;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /pki/crl/{ca}.crl}: the CA's current CRL, DER, with Last-Modified = thisUpdate, an ETag naming the CRL
 * number, Expires = nextUpdate and a max-age no longer than the refresh interval, so an HTTP cache passes on a
 * revocation within that interval (docs/pki.md); a conditional GET that still matches gets 304.
 */
@RestController
class CrlApi {

    private static final MediaType PKIX_CRL = MediaType.parseMediaType("application/pkix-crl");

    private final CrlPublisher publisher;
    private final Clock clock;
    private final Duration maxAge;

    CrlApi(CrlPublisher publisher, Clock clock,
            @Value("${certhall.pki.crl-refresh-interval:PT5M}") Duration maxAge) {
        this.publisher = publisher;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @GetMapping("/pki/crl/{name}.crl")
    ResponseEntity<Resource> crl(@PathVariable String name) {
        CrlPublisher.PublishedCrl crl = publisher.published(name);
        Duration untilNext = Duration.between(clock.instant(), crl.nextUpdate());
        Duration age = untilNext.isNegative() ? Duration.ZERO : untilNext.compareTo(maxAge) < 0 ? untilNext : maxAge;
        return ResponseEntity.ok().contentType(PKIX_CRL)
                .cacheControl(CacheControl.maxAge(age).cachePublic().noTransform().mustRevalidate())
                .lastModified(crl.thisUpdate())
                .eTag("\"" + name + "-" + crl.number() + "\"")
                .headers(h -> h.setExpires(crl.nextUpdate().toEpochMilli()))
                .body(new FileSystemResource(crl.file()));
    }
}
