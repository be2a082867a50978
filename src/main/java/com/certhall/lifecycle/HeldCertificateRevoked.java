package com.certhall.lifecycle;

import com.certhall.orders.OrderId;
import java.time.Instant;

/**
 * A holder's certificate was revoked, by staff here or by the CA's own tools; the holder is told by SMS and e-mail.
 * Published once per certificate (a hold is not a revocation).
 *
 * @param reason the RFC 5280 reason's name ({@code KEY_COMPROMISE} …)
 */
public record HeldCertificateRevoked(String serialHex, OrderId order, String orderNumber, String subjectName,
        String reason, Instant at) {
}
