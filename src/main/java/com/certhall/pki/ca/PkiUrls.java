package com.certhall.pki.ca;

import com.certhall.shared.SiteProperties;
import org.springframework.stereotype.Component;

/** The public URLs certificates point to (AIA, CDP), built from {@code certhall.site.base-url}. */
@Component
public class PkiUrls {

    private final String base;

    PkiUrls(SiteProperties site) {
        this.base = site.baseUrl();
    }

    public String caCertificate(String caName) {
        return base + "/pki/ca/" + caName + ".crt";
    }

    public String crl(String caName) {
        return base + "/pki/crl/" + caName + ".crl";
    }

    public String ocsp() {
        return base + "/pki/ocsp";
    }
}
