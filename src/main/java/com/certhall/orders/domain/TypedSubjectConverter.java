package com.certhall.orders.domain;

import com.certhall.orders.SubjectForm;
import com.certhall.shared.DataProtection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * Stores the subject form as typed (not yet valid) as JSON sealed with AES-GCM, like {@link OrderDraftConverter}:
 * it may hold ID numbers and mobiles. A value that no longer reads (an older shape) is dropped, not an error.
 */
@Component
@Converter
class TypedSubjectConverter implements AttributeConverter<SubjectForm, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final DataProtection protection;

    TypedSubjectConverter(DataProtection protection) {
        this.protection = protection;
    }

    @Override
    public String convertToDatabaseColumn(SubjectForm form) {
        if (form == null) {
            return null;
        }
        try {
            return protection.encrypt(JSON.writeValueAsString(form));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a subject form always serialises", e);
        }
    }

    @Override
    public SubjectForm convertToEntityAttribute(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return JSON.readValue(protection.decrypt(sealed), SubjectForm.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
