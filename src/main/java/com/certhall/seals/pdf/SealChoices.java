package com.certhall.seals.pdf;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.seals.SealKind;
import com.certhall.shared.Caller;
import java.util.List;
import java.util.Optional;

/**
 * The seals a signer may put on a PDF, each the picture of one cloud credential's seal (docs/seals.md "Signing
 * PDFs"). Today {@link CloudCertificateSeals}: the caller's cloud certificates with a round seal drawn from the
 * organisation's name; the seal records of e-seal orders can take its place behind this interface.
 */
public interface SealChoices {

    List<SealChoice> choices(Caller caller);

    Optional<SealChoice> choice(Caller caller, String credentialId);

    /** A seal: the credential that signs with it, what to call it, its kind and its PNG. */
    record SealChoice(String credentialId, String name, KeyAlgorithm algorithm, SealKind kind, byte[] image) {
    }
}
