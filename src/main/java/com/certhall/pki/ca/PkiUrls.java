package com.certhall.pki.ca;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public URLs certificates point to (AIA, CDP), built from {@code certhall.site.base-url}. */
@Component
public class PkiUrls {

    private final String base;

    PkiUrls(@Value("${certhall.site.base-url:http://localhost:8080}") String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
