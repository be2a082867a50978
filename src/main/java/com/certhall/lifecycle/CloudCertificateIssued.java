package com.certhall.lifecycle;

import com.certhall.orders.OrderId;
import java.util.Locale;

/**
 * A cloud certificate was issued with its key in CertHall's custody and no signing PIN: its holder activates it on
 * {@code activationUrl} (an SMS code to the verified mobile, then the PIN they choose; docs/signing.md) — nobody sends
 * a PIN. The handler is told by SMS and e-mail with that link. Published once, with the certificate.
 *
 * @param activationUrl the absolute link of the certificate's activation page
 */
public record CloudCertificateIssued(String serialHex, OrderId order, String orderNumber, String subjectName,
        String activationUrl) {

    /** The last four digits of the serial, upper case, as messages name a certificate. */
    public String serialTail() {
        return serialHex.substring(Math.max(0, serialHex.length() - 4)).toUpperCase(Locale.ROOT);
    }

    /** The path of a cloud certificate's activation page (the signing module serves it). */
    public static String activationPath(String serialHex) {
        return "/certificates/" + serialHex + "/signing-pin";
    }
}
