package com.certhall.seals.domain;

import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CertificateStatus;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The e-seal certificates seals are made on, as the CA records them (docs/seals.md "Making a seal"), and the one rule
 * for adding or changing a seal on one: the certificate is good and unexpired.
 */
@Component
class SealCertificates {

    private final CertificateAuthority authority;
    private final Clock clock;

    SealCertificates(CertificateAuthority authority, Clock clock) {
        this.authority = authority;
        this.clock = clock;
    }

    /** The CA's record of the certificate with {@code serialHex}; it exists for every seal and issued e-seal. */
    CertificateRecord record(String serialHex) {
        return authority.find(serialHex).orElseThrow();
    }

    /** The certificate as the seal maker lists it, under the serial as given. */
    SealFactory.Certificate forSeal(String serialHex) {
        CertificateRecord cert = record(serialHex);
        return new SealFactory.Certificate(serialHex, cert.der(), cert.notBefore(), cert.notAfter());
    }

    /** Whether a seal may still be added or changed on the certificate: good and not expired. */
    boolean valid(CertificateRecord cert) {
        return cert.status() == CertificateStatus.GOOD && clock.instant().isBefore(cert.notAfter());
    }

    static SealFactory.Certificate forSeal(CertificateRecord cert) {
        return new SealFactory.Certificate(cert.serialHex(), cert.der(), cert.notBefore(), cert.notAfter());
    }
}
