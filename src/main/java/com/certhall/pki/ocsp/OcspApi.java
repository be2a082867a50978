package com.certhall.pki.ocsp;

import com.certhall.pki.ca.Crypto;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /pki/ocsp} (body: DER request) and {@code GET /pki/ocsp/{base64}} (RFC 6960 Appendix A.1). GET answers
 * that may be cached carry the RFC 5019 §6.2 headers (max-age up to nextUpdate, Expires, Last-Modified = producedAt,
 * ETag); a conditional GET that still matches gets 304.
 */
@RestController
class OcspApi {

    private static final MediaType OCSP_RESPONSE = MediaType.parseMediaType("application/ocsp-response");
    private static final String GET_PREFIX = "/pki/ocsp/";

    private final OcspResponder responder;
    private final Clock clock;

    OcspApi(OcspResponder responder, Clock clock) {
        this.responder = responder;
        this.clock = clock;
    }

    @PostMapping(path = "/pki/ocsp", consumes = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> post(@RequestBody(required = false) byte[] body) {
        OcspAnswer answer = responder.answer(body == null ? new byte[0] : body);
        return ResponseEntity.ok().contentType(OCSP_RESPONSE).cacheControl(CacheControl.noStore()).body(answer.der());
    }

    @GetMapping("/pki/ocsp/**")
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        // The raw URI: %2F stays encoded until here, and "+" is a base64 character, not a space.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        byte[] der;
        try {
            String encoded = URLDecoder.decode(path.substring(GET_PREFIX.length()).replace("+", "%2B"),
                    StandardCharsets.UTF_8);
            der = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        OcspAnswer answer = responder.answer(der);
        if (!answer.cacheable()) {
            return ResponseEntity.ok().contentType(OCSP_RESPONSE).cacheControl(CacheControl.noStore())
                    .body(answer.der());
        }
        long seconds = Math.max(0, Duration.between(clock.instant(), answer.nextUpdate()).toSeconds());
        return ResponseEntity.ok().contentType(OCSP_RESPONSE)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(seconds)).cachePublic().noTransform()
                        .mustRevalidate())
                .lastModified(answer.producedAt())
                .eTag("\"" + Crypto.sha256Hex(answer.der()) + "\"")
                .headers(h -> h.setExpires(answer.nextUpdate().toEpochMilli()))
                .body(answer.der());
    }
}
