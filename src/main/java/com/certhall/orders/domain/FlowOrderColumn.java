package com.certhall.orders.domain;

import com.certhall.catalog.FlowOrder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an order's flow order in the {@code pay_first} column it has always had (true = pay then review). */
@Converter
class FlowOrderColumn implements AttributeConverter<FlowOrder, Boolean> {

    @Override
    public Boolean convertToDatabaseColumn(FlowOrder flow) {
        return flow == FlowOrder.PAY_THEN_REVIEW;
    }

    @Override
    public FlowOrder convertToEntityAttribute(Boolean payFirst) {
        return Boolean.TRUE.equals(payFirst) ? FlowOrder.PAY_THEN_REVIEW : FlowOrder.REVIEW_THEN_PAY;
    }
}
