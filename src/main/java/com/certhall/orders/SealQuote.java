package com.certhall.orders;

import java.util.List;

/**
 * The price of a seal order before it starts (docs/seals.md "Seal orders"): the channel's price for the service on
 * the e-seal product of the seal's certificate, and the steps it goes through in the channel's flow.
 *
 * @param steps {@code CHECKS} (identity checks and materials), {@code SIGN}, then {@code REVIEW} and {@code PAYMENT}
 *              in the channel's order ({@code PAYMENT} left out when it is free), {@code SEAL}
 */
public record SealQuote(OrderType type, String productName, long totalFen, String certificateSerial,
        List<String> steps) {

    public SealQuote {
        steps = List.copyOf(steps);
    }
}
