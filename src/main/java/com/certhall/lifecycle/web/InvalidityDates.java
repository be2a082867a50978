package com.certhall.lifecycle.web;

import com.certhall.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The staff form's invalidity date: a {@code datetime-local} value in the platform's time zone, or blank. */
final class InvalidityDates {

    static final String FIELD = "invalidityDate";

    private InvalidityDates() {
    }

    static @Nullable Instant parse(@Nullable String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(FIELD, "format", "validation.lifecycle.invalidityDate", FIELD);
        }
    }
}
