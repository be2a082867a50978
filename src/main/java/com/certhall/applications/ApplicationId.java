package com.certhall.applications;

import java.util.UUID;

/** Identity of an order. */
public record ApplicationId(UUID id) {

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
