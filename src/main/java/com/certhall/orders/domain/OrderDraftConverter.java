package com.certhall.orders.domain;

import com.certhall.orders.OrderDraft;
import com.certhall.shared.DataProtection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Stores an order's draft as JSON sealed with AES-GCM: ID numbers and bank accounts never sit in clear text. */
@Component
@Converter(autoApply = true)
public class OrderDraftConverter extends SealedJsonConverter<OrderDraft> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    OrderDraftConverter(DataProtection protection) {
        super(protection, JSON, OrderDraft.class, "an order draft");
    }

    @Override
    OrderDraft absent() {
        return OrderDraft.empty();
    }

    @Override
    OrderDraft unreadable(JsonProcessingException e) {
        throw new IllegalStateException("stored order draft cannot be read", e);
    }
}
