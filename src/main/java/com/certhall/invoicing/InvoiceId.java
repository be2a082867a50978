package com.certhall.invoicing;

import com.certhall.shared.NotFoundException;
import java.util.UUID;

/** Identifies one invoice (blue or red) of an order. */
public record InvoiceId(UUID id) {

    public static InvoiceId parse(String raw) {
        try {
            return new InvoiceId(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("invoice", raw);
        }
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
