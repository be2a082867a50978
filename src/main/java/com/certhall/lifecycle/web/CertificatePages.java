package com.certhall.lifecycle.web;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "我的证书": the applicant's certificates with their downloads (PEM, DER, PEM with chain, PKCS#12). */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class CertificatePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** One row of the page. */
    record Row(HeldCertificateView certificate, String validFrom, String validTo) {

        /** The serial's last four digits, as the PIN's deposit memo names them. */
        public String serialTail() {
            String serial = certificate.serialHex();
            return serial.substring(Math.max(0, serial.length() - 4)).toUpperCase(java.util.Locale.ROOT);
        }
    }

    private final CertificateManagement certificates;

    CertificatePages(CertificateManagement certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates")
    String list(Model model, Caller caller) {
        List<Row> rows = certificates.ofAccount(caller.applicantId()).stream()
                .map(c -> new Row(c, DAY.format(c.notBefore()), DAY.format(c.notAfter()))).toList();
        model.addAttribute("rows", rows);
        return "lifecycle/certificates";
    }

    @GetMapping("/certificates/{serial}/download")
    ResponseEntity<byte[]> download(@PathVariable String serial, @RequestParam String format, Caller caller) {
        UUID account = caller.applicantId();
        return switch (format) {
            case "pem" -> file(certificates.pem(serial, account, false).getBytes(StandardCharsets.US_ASCII),
                    "application/x-pem-file", serial + ".pem");
            case "chain" -> file(certificates.pem(serial, account, true).getBytes(StandardCharsets.US_ASCII),
                    "application/x-pem-file", serial + "-chain.pem");
            case "der" -> file(certificates.der(serial, account), "application/pkix-cert", serial + ".cer");
            case "p12" -> file(certificates.pkcs12(serial, account), "application/x-pkcs12", serial + ".p12");
            default -> throw new NotFoundException("format", format);
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
