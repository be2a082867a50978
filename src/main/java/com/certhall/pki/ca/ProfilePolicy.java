package com.certhall.pki.ca;

import com.certhall.pki.CertificateProfile;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * What each profile fixes: key usage and extended key usage (emailProtection only with an e-mail address). Signature certificates only (GM/T 0015 separates
 * signing and encryption certificates; encryption keys are out of scope).
 */
record ProfilePolicy(int keyUsage, KeyPurposeId[] extendedKeyUsage) {

    static ProfilePolicy of(CertificateProfile profile) {
        return of(profile, false);
    }

    /**
     * The policy for a certificate with or without an rfc822Name SAN: {@code emailProtection} only with a mailbox
     * (RFC 8550 §4.4.3: an S/MIME certificate names the address it protects).
     */
    static ProfilePolicy of(CertificateProfile profile, boolean withMailbox) {
        return switch (profile) {
            case ORGANIZATION, ORGANIZATION_INDIVIDUAL, PERSONAL, LEGAL_REPRESENTATIVE -> new ProfilePolicy(
                    KeyUsage.digitalSignature | KeyUsage.nonRepudiation, withMailbox
                            ? new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection}
                            : new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth});
            // RFC 9336 id-kp-documentSigning: an e-seal signs documents, nothing else.
            case ESEAL -> new ProfilePolicy(KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                    new KeyPurposeId[] {KeyPurposeId.id_kp_documentSigning});
            case OCSP_SIGNER -> new ProfilePolicy(KeyUsage.digitalSignature,
                    new KeyPurposeId[] {KeyPurposeId.id_kp_OCSPSigning});
            // RFC 3161 §2.3: exactly one EKU, id-kp-timeStamping, critical (CertificateMaker marks it).
            case TIME_STAMPING -> new ProfilePolicy(KeyUsage.digitalSignature,
                    new KeyPurposeId[] {KeyPurposeId.id_kp_timeStamping});
            // The seal maker signs SES_SealInfo structures (GB/T 38540-2020 §7): documents, in RFC 9336's sense.
            case SEAL_MAKER -> new ProfilePolicy(KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                    new KeyPurposeId[] {KeyPurposeId.id_kp_documentSigning});
        };
    }
}
