package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holder's certificates (docs/lifecycle.md, "API and pages"): JSON by default, {@code Accept:
 * application/pkix-cert} for DER, {@code application/x-pem-file} for PEM ({@code ?chain=true} appends the issuing CA
 * and the root), and the PKCS#12 of a server-made key. Another account's certificate is not found.
 */
@RestController
@PreAuthorize("hasRole('APPLICANT')")
class CertificateApi {

    static final String PKIX_CERT = "application/pkix-cert";
    static final String PEM_FILE = "application/x-pem-file";
    static final String PKCS12 = "application/x-pkcs12";
    // one operation in the OpenAPI document for the three representations, whichever springdoc reads first
    private static final String CERTIFICATE = "One of the applicant's certificates: JSON, DER (application/pkix-cert) "
            + "or PEM (application/x-pem-file, ?chain=true adds the CA chain)";

    private final CertificateManagement certificates;
    private final MessageSource messages;

    CertificateApi(CertificateManagement certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The signed-in applicant's certificates, each with the actions it allows now and why not")
    List<HeldCertificateView> list(Caller caller, Locale locale) {
        return certificates.ofAccount(caller.applicantId()).stream().map(c -> worded(c, locale)).toList();
    }

    @GetMapping(path = "/api/v1/certificates/{serial}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = CERTIFICATE)
    HeldCertificateView get(@PathVariable String serial, Caller caller, Locale locale) {
        return worded(certificates.owned(serial, caller.applicantId()), locale);
    }

    private HeldCertificateView worded(HeldCertificateView c, Locale locale) {
        return c.withReasons((key, args) -> messages.getMessage(key, args.toArray(), key, locale));
    }

    @GetMapping(path = "/api/v1/certificates/{serial}", produces = PKIX_CERT)
    @Operation(summary = CERTIFICATE)
    ResponseEntity<byte[]> der(@PathVariable String serial, Caller caller) {
        byte[] der = certificates.der(serial, caller.applicantId());
        return file(der, PKIX_CERT, serial + ".cer");
    }

    @GetMapping(path = "/api/v1/certificates/{serial}", produces = PEM_FILE)
    @Operation(summary = CERTIFICATE)
    ResponseEntity<byte[]> pem(@PathVariable String serial,
            @RequestParam(defaultValue = "false") boolean chain, Caller caller) {
        String pem = certificates.pem(serial, caller.applicantId(), chain);
        return file(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII), PEM_FILE,
                serial + (chain ? "-chain" : "") + ".pem");
    }

    @GetMapping("/api/v1/certificates/{serial}/pkcs12")
    @Operation(summary = "The PKCS#12 of a downloadable soft certificate whose key the CA made")
    ResponseEntity<byte[]> pkcs12(@PathVariable String serial, Caller caller) {
        return file(certificates.pkcs12(serial, caller.applicantId()), PKCS12, serial + ".p12");
    }

    static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
