package com.certhall.orders.domain;

import com.certhall.shared.DataProtection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;

/**
 * A column that holds a value as JSON sealed with AES-GCM ({@link DataProtection}): what an order keeps of ID
 * numbers, mobiles and bank accounts never sits in clear text. A subclass says what an empty column reads as and what
 * a value that no longer reads becomes.
 */
abstract class SealedJsonConverter<T> implements AttributeConverter<T, String> {

    private final DataProtection protection;
    private final ObjectMapper json;
    private final Class<T> type;
    private final String what;

    /** {@code what} names the value in an error, e.g. {@code an order draft}. */
    SealedJsonConverter(DataProtection protection, ObjectMapper json, Class<T> type, String what) {
        this.protection = protection;
        this.json = json;
        this.type = type;
        this.what = what;
    }

    /** What a column without a value reads as. */
    abstract T absent();

    /** What a stored value becomes when it no longer reads (or an error). */
    abstract T unreadable(JsonProcessingException e);

    @Override
    public final String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            return protection.encrypt(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " always serialises", e);
        }
    }

    @Override
    public final T convertToEntityAttribute(String sealed) {
        if (sealed == null) {
            return absent();
        }
        try {
            return json.readValue(protection.decrypt(sealed), type);
        } catch (JsonProcessingException e) {
            return unreadable(e);
        }
    }
}
