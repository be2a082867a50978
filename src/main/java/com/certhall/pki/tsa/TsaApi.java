package com.certhall.pki.tsa;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 3161 over HTTP (§3.4): {@code POST /pki/tsa} with an {@code application/timestamp-query} body answers
 * {@code application/timestamp-reply}; {@code POST /pki/tsa/{ca}} asks the unit of one issuing CA.
 */
@RestController
class TsaApi {

    private static final MediaType REPLY = MediaType.parseMediaType("application/timestamp-reply");

    private final TimeStampAuthority authority;

    TsaApi(TimeStampAuthority authority) {
        this.authority = authority;
    }

    @PostMapping(path = "/pki/tsa", consumes = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> stamp(@RequestBody(required = false) byte[] body) {
        return reply(authority.respond(body == null ? new byte[0] : body, null));
    }

    @PostMapping(path = "/pki/tsa/{ca}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> stampBy(@PathVariable("ca") String ca, @RequestBody(required = false) byte[] body) {
        return reply(authority.respond(body == null ? new byte[0] : body, ca));
    }

    private static ResponseEntity<byte[]> reply(byte[] der) {
        return ResponseEntity.ok().contentType(REPLY).cacheControl(CacheControl.noStore()).body(der);
    }
}
