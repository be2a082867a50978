package com.certhall.signing.web;

import java.util.UUID;

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
}
