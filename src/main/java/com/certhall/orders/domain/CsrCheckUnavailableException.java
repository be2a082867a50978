package com.certhall.orders.domain;

import com.certhall.shared.ProblemException;

/** 503: a product line brings a CSR but no certificate request checker is installed; try again later. */
public class CsrCheckUnavailableException extends ProblemException {

    public CsrCheckUnavailableException() {
        super(503, "orders.csr.unavailable", "no CertificateRequestCheck implementation is available");
    }
}
