package com.certhall.pki.ocsp;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /pki/ocsp} (body: DER request) and {@code GET /pki/ocsp/{base64}} (RFC 6960 Appendix A.1), as
 * {@link OcspGet} answers it. Most requests never get here: {@link OcspHttpFilter} answers them first.
 */
@RestController
class OcspApi {

    private static final MediaType OCSP_RESPONSE = MediaType.parseMediaType("application/ocsp-response");

    private final OcspResponder responder;
    private final OcspGet get;

    OcspApi(OcspResponder responder, Clock clock) {
        this.responder = responder;
        this.get = new OcspGet(responder, clock);
    }

    @PostMapping(path = "/pki/ocsp", consumes = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> post(@RequestBody(required = false) byte[] body) {
        OcspAnswer answer = responder.answer(body == null ? new byte[0] : body);
        return ResponseEntity.ok().contentType(OCSP_RESPONSE).cacheControl(CacheControl.noStore()).body(answer.der());
    }

    /** What {@link OcspHttpFilter} leaves to the whole chain: paths with other characters. */
    @GetMapping("/pki/ocsp/**")
    @ApiResponse(responseCode = "200", description = "A DER OCSPResponse (304 for a conditional GET that matches)",
            content = @Content(mediaType = OcspGet.CONTENT_TYPE, schema = @Schema(type = "string", format = "binary")))
    void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        get.answer(request, response);
    }
}
