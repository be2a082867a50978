package com.certhall.signing.domain;

import com.certhall.signing.DocumentSigning;

/**
 * A refusal in the CSC API's own shape (CSC API v2.0.0.2 §10.1): the HTTP status, an {@code error} code and an
 * {@code error_description}, in English as the specification's examples are. It is the signing facade's
 * {@link DocumentSigning.Refused}, so a refusal reaches the facade's callers as the domain made it.
 */
public class CscException extends DocumentSigning.Refused {

    public CscException(int status, String error, String description) {
        super(status, error, description);
    }

    public static CscException invalidRequest(String description) {
        return new CscException(400, "invalid_request", description);
    }

    public static CscException invalidParameter(String name) {
        return invalidRequest("Invalid parameter " + name);
    }
}
