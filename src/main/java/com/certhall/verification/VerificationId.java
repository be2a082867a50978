package com.certhall.verification;

import java.util.UUID;

/** Identity of one verification case. */
public record VerificationId(UUID id) {

    public static VerificationId random() {
        return new VerificationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
