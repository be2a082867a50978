package com.certhall.lifecycle;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One certificate of an applicant's order.
 *
 * @param serialHex serial number, lower-case hex
 * @param caName    issuing CA ({@code sm2-issuing} …)
 * @param profile   pki profile name ({@code ORGANIZATION} …)
 * @param algorithm key algorithm ({@code SM2}, {@code EC_P256}, {@code RSA_2048})
 * @param medium    {@code CLOUD} or {@code UKEY}
 * @param serverKey true when the CA made the key, so a PKCS#12 can be downloaded
 * @param tokenSerial serial number of the UKEY the key was written to, null for cloud certificates
 * @param pinDelivery how the PIN of a server-made key reaches the holder (SMS or deposit memo, masked
 *                    destination); null when the holder brought the key
 */
public record HeldCertificateView(String serialHex, UUID applicationId, String orderNumber, UUID accountId,
        String productCode, String caName, String profile, String algorithm, String medium, boolean serverKey,
        String subjectName, Instant notBefore, Instant notAfter, HeldStatus status,
        @Nullable String tokenSerial, @Nullable PinDeliveryView pinDelivery) {
}
