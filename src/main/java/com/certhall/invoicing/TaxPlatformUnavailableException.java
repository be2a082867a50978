package com.certhall.invoicing;

import com.certhall.shared.ProblemException;

/** 503: the tax platform could not hand out an invoice's file just now (outage, busy); try again later. */
public class TaxPlatformUnavailableException extends ProblemException {

    public TaxPlatformUnavailableException(String code) {
        super(503, "invoicing.platformUnavailable", "tax platform unavailable: " + code, code);
    }
}
