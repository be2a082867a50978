package com.certhall.catalog.provider;

/** The partner registry did not answer (down, timed out, refused); the caller should try again later. */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message) {
        super(message);
    }

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
