package com.certhall.orders.domain;

import com.certhall.orders.OrderDraft;
import com.certhall.shared.DataProtection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Stores an order's draft as JSON sealed with AES-GCM: ID numbers and bank accounts never sit in clear text. */
@Component
@Converter(autoApply = true)
public class OrderDraftConverter implements AttributeConverter<OrderDraft, String> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final DataProtection protection;

    OrderDraftConverter(DataProtection protection) {
        this.protection = protection;
    }

    @Override
    public String convertToDatabaseColumn(OrderDraft draft) {
        if (draft == null) {
            return null;
        }
        try {
            return protection.encrypt(JSON.writeValueAsString(draft));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an order draft always serialises", e);
        }
    }

    @Override
    public OrderDraft convertToEntityAttribute(String sealed) {
        if (sealed == null) {
            return OrderDraft.empty();
        }
        try {
            return JSON.readValue(protection.decrypt(sealed), OrderDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored order draft cannot be read", e);
        }
    }
}
