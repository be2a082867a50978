package com.certhall.signing.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the partner client page reads from its forms and shows once. */
final class PartnerClientForms {

    private PartnerClientForms() {
    }

    /** A secret shown this once, next to the client it belongs to ({@code clientSecret} or {@code webhookSecret}). */
    record Shown(UUID clientId, String kind, String secret) {

        @Override
        public String toString() {
            return "Shown[" + clientId + ", " + kind + "]";
        }
    }

    /** The typed rate: blank is the default; anything not a whole number is out of range and refused as such. */
    static @Nullable Integer rate(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
