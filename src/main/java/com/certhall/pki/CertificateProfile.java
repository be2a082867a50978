package com.certhall.pki;

/**
 * What a certificate is for. Each profile fixes key usage, extended key usage, the subject DN composition and the
 * identity extensions; see {@code docs/pki.md} for the table.
 */
public enum CertificateProfile {
    /** 机构证书: an organisation; DN O/OU/CN, serialNumber = USCC. */
    ORGANIZATION,
    /** 机构个人证书: a person acting for an organisation; DN O/OU/CN, serialNumber = resident ID. */
    ORGANIZATION_INDIVIDUAL,
    /** 个人证书: a natural person; DN CN, serialNumber = resident ID. */
    PERSONAL,
    /** 法定代表人证书: the legal representative of an organisation; DN O/CN, serialNumber = resident ID. */
    LEGAL_REPRESENTATIVE,
    /** 电子印章证书: an organisation's e-seal; DN O/CN (seal name), serialNumber = USCC; non-repudiation only. */
    ESEAL,
    /** Delegated OCSP signer of an issuing CA (id-kp-OCSPSigning, id-pkix-ocsp-nocheck); issued by the CA itself. */
    OCSP_SIGNER,
    /** RFC 3161 time-stamping unit of an issuing CA (critical id-kp-timeStamping); issued by the CA itself. */
    TIME_STAMPING,
    /** 制章者: the CA's SM2 seal-maker organisation certificate that signs GB/T 38540 seals; issued by the CA itself. */
    SEAL_MAKER;

    /** True for the certificates the CA issues to its own services (OCSP, time stamps); never for customers. */
    public boolean caService() {
        return this == OCSP_SIGNER || this == TIME_STAMPING || this == SEAL_MAKER;
    }

    /** True when the subject is identified by a USCC, false when by a resident ID number. */
    public boolean identifiesOrganization() {
        return this == ORGANIZATION || this == ESEAL;
    }
}
