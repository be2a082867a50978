package com.certhall.lifecycle;

import com.certhall.orders.OrderId;
import java.time.Instant;

/**
 * A valid certificate reached one of its channel's reminder thresholds before notAfter (docs/lifecycle.md, "Expiry
 * reminders"); the holder's handler is told by SMS and e-mail with a link to renew. Published once per certificate
 * and threshold, in the transaction that records it.
 *
 * @param daysBefore the threshold reached (90, 30, 7 by default)
 * @param daysLeft   whole days until notAfter when the reminder was made
 * @param renewUrl   where the holder renews (My certificates)
 */
public record CertificateExpiring(String serialHex, OrderId order, String orderNumber, String subjectName,
        Instant notAfter, int daysBefore, long daysLeft, String renewUrl) {
}
