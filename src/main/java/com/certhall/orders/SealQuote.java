package com.certhall.orders;

/**
 * The price of a seal order before it starts (docs/seals.md "Seal orders"): the channel's price for the service on
 * the e-seal product of the seal's certificate.
 */
public record SealQuote(OrderType type, String productName, long totalFen, String certificateSerial) {
}
