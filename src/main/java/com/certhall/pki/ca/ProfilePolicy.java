package com.certhall.pki.ca;

import com.certhall.pki.CertificateProfile;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * What each profile fixes: key usage and extended key usage. Signature certificates only (GM/T 0015 separates
 * signing and encryption certificates; encryption keys are out of scope).
 */
record ProfilePolicy(int keyUsage, KeyPurposeId[] extendedKeyUsage) {

    static ProfilePolicy of(CertificateProfile profile) {
        return switch (profile) {
            case ORGANIZATION, ORGANIZATION_INDIVIDUAL, PERSONAL, LEGAL_REPRESENTATIVE -> new ProfilePolicy(
                    KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                    new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection});
            // RFC 9336 id-kp-documentSigning: an e-seal signs documents, nothing else.
            case ESEAL -> new ProfilePolicy(KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                    new KeyPurposeId[] {KeyPurposeId.id_kp_documentSigning});
            case OCSP_SIGNER -> new ProfilePolicy(KeyUsage.digitalSignature,
                    new KeyPurposeId[] {KeyPurposeId.id_kp_OCSPSigning});
        };
    }
}
