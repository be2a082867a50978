package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.shared.CertificateRequestCheck;
import com.certhall.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** The CA's CSR inspection offered to other modules (orders check a holder's CSR when it is uploaded). */
@Component
class CsrCheck implements CertificateRequestCheck {

    @Override
    public void check(String pem, String requestedKeyAlgorithm) {
        KeyAlgorithm requested;
        try {
            requested = KeyAlgorithm.valueOf(requestedKeyAlgorithm);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(CsrInspector.FIELD, "unsupportedKey", "validation.pki.csr.unsupportedKey",
                    CsrInspector.FIELD);
        }
        CsrInspector.publicKeyOf(pem, requested);
    }
}
