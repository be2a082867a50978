package com.certhall.orders.domain;

import com.certhall.orders.SubjectForm;
import com.certhall.shared.DataProtection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stores the subject form as typed (not yet valid) as JSON sealed with AES-GCM, like {@link OrderDraftConverter}:
 * it may hold ID numbers and mobiles. A value that no longer reads (an older shape) is dropped, not an error.
 */
@Component
@Converter
class TypedSubjectConverter extends SealedJsonConverter<SubjectForm> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    TypedSubjectConverter(DataProtection protection) {
        super(protection, JSON, SubjectForm.class, "a subject form");
    }

    @Override
    @Nullable
    SubjectForm absent() {
        return null;
    }

    @Override
    @Nullable
    SubjectForm unreadable(JsonProcessingException e) {
        return null;
    }
}
