package com.certhall.lifecycle.provider;

/**
 * Writes a key and its certificate onto a UKEY token (the card-personalisation station at the operator's desk).
 * Answers the token's serial number, printed on the key.
 */
public interface TokenWriter {

    /**
     * @param pkcs12 key, certificate and chain, protected by the holder's PIN (it becomes the token's user PIN)
     * @throws TokenWriteException when the station refuses or fails; nothing was written
     */
    String write(String orderNumber, String certificateSerial, byte[] pkcs12, String pin);

    /** The station could not write the token. */
    class TokenWriteException extends RuntimeException {
        public TokenWriteException(String message) {
            super(message);
        }
    }
}
