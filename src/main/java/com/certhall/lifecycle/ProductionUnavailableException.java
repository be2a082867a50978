package com.certhall.lifecycle;

import com.certhall.shared.ProblemException;

/** 503: no token personalisation station is configured or it failed; nothing was produced. */
public class ProductionUnavailableException extends ProblemException {

    public ProductionUnavailableException(String detail) {
        super(503, "lifecycle.production.unavailable", detail);
    }
}
