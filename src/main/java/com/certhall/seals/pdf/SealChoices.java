package com.certhall.seals.pdf;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.seals.SealKind;
import com.certhall.shared.Caller;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seals a signer may put on a PDF (docs/seals.md "Signing PDFs", "Who signs with a seal"), each signing with the
 * cloud key of one certificate: the seal records the account holds, administers or was granted (key: the seal's id),
 * and for a cloud certificate of the caller's own that has no seal record a round seal drawn from the holder's name
 * (key: the certificate's serial). {@link CloudCertificateSeals} is the one implementation.
 */
public interface SealChoices {

    List<SealChoice> choices(Caller caller);

    /** The choice of this key (a seal's id, or a credential's serial); empty when the caller may not use it. */
    Optional<SealChoice> choice(Caller caller, String key);

    /**
     * A seal: the key the pages and jobs name it by, the credential (certificate serial) that signs with it, what to
     * call it, its kind and its PNG; {@code sealId} for a seal record, null for a drawn seal.
     */
    record SealChoice(String key, String credentialId, String name, KeyAlgorithm algorithm, SealKind kind,
            byte[] image, @Nullable UUID sealId) {
    }
}
