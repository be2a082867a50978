package com.certhall.pki.ocsp;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /pki/ocsp} (body: DER request) and {@code GET /pki/ocsp/{base64}} (RFC 6960 Appendix A). */
@RestController
class OcspApi {

    private static final MediaType OCSP_RESPONSE = MediaType.parseMediaType("application/ocsp-response");
    private static final String GET_PREFIX = "/pki/ocsp/";

    private final OcspResponder responder;

    OcspApi(OcspResponder responder) {
        this.responder = responder;
    }

    @PostMapping(path = "/pki/ocsp", consumes = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> post(@RequestBody(required = false) byte[] body) {
        return answer(responder.respond(body == null ? new byte[0] : body));
    }

    @GetMapping("/pki/ocsp/**")
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        byte[] der;
        try {
            String encoded = URLDecoder.decode(path.substring(GET_PREFIX.length()).replace("+", "%2B"),
                    StandardCharsets.UTF_8);
            der = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        return answer(responder.respond(der));
    }

    private static ResponseEntity<byte[]> answer(byte[] response) {
        return ResponseEntity.ok().contentType(OCSP_RESPONSE).body(response);
    }
}
