package com.certhall.signing.domain;

/**
 * A refusal in the CSC API's own shape (CSC API v2.0.0.2 §10.1): the HTTP status, an {@code error} code and an
 * {@code error_description}, in English as the specification's examples are.
 */
public class CscException extends RuntimeException {

    private final int status;
    private final String error;

    public CscException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public static CscException invalidRequest(String description) {
        return new CscException(400, "invalid_request", description);
    }

    public static CscException invalidParameter(String name) {
        return invalidRequest("Invalid parameter " + name);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
