package com.certhall.pki.web;

import com.certhall.pki.CaCertificate;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.ca.PkiUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The CA repository for people (RFC 3647 §2, "repositories"): each CA with its certificate, CRL, validity and
 * SHA-256 fingerprint to compare, and the OCSP address. Machines keep {@code /pki/ca} (JSON) and the files.
 */
@Controller
class CaPages {

    /** One CA as the page shows it. */
    record CaRow(String name, String algorithm, boolean root, String subject, String certUrl, String crlUrl,
            Instant notBefore, Instant notAfter, String sha256) {
    }

    private final CertificateAuthority authority;
    private final PkiUrls urls;

    CaPages(CertificateAuthority authority, PkiUrls urls) {
        this.authority = authority;
        this.urls = urls;
    }

    @GetMapping("/pki")
    String repository(Model model) {
        List<CaRow> rows = authority.caCertificates().stream().map(CaPages::row).toList();
        model.addAttribute("cas", rows);
        model.addAttribute("ocspUrl", urls.ocsp());
        return "pki/repository";
    }

    private static CaRow row(CaCertificate ca) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(ca.der());
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ca.der());
            String hex = HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
            return new CaRow(ca.name(), ca.algorithm().name(), ca.root(), ca.subject(), ca.certUrl(), ca.crlUrl(),
                    holder.getNotBefore().toInstant(), holder.getNotAfter().toInstant(), hex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
