package com.certhall.pki.ca;

import com.certhall.pki.CertificateProfile;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.persistence.CertificateRows;
import com.certhall.pki.persistence.CertificateRows.NewCertificate;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keys an issuing CA certifies for its own services (docs/pki.md): the delegated OCSP signer (RFC 6960 §4.2.2.2), the
 * time-stamping unit and the seal maker. Each is a soft key stored with its chain, certified under a serial unique
 * within the CA and recorded among the CA's certificates.
 */
@Component
class ServiceCertificates {

    /** A new service key: its certificate, its DER encoding and its signer. */
    record Issued(X509CertificateHolder certificate, byte[] der, CaSigner signer) {
    }

    private final CertificateRows certificates;
    private final CaSignerFactories factories;
    private final CertificateMaker maker;
    private final PkiProperties properties;
    private final TransactionTemplate transactions;

    ServiceCertificates(CertificateRows certificates, CaSignerFactories factories, CertificateMaker maker,
            PkiProperties properties, TransactionTemplate transactions) {
        this.certificates = certificates;
        this.factories = factories;
        this.maker = maker;
        this.properties = properties;
        this.transactions = transactions;
    }

    /**
     * Generates a soft key under {@code alias}, certifies it for {@code profile} ({@code OCSP_SIGNER},
     * {@code TIME_STAMPING} or {@code SEAL_MAKER}) from {@code now} to {@code notAfter} and stores it with its chain;
     * the certificate row and {@code alsoRecord} (given the DER) share one transaction.
     */
    Issued issue(Ca issuing, String alias, CertificateProfile profile, String commonNameTail, Instant now,
            Instant notAfter, Consumer<byte[]> alsoRecord) {
        CaSignerFactory soft = factories.byType(SoftCaSignerFactory.TYPE);
        CaSigner signer = soft.generate(alias, issuing.algorithm());
        BigInteger serial = SerialNumbers.next(now, s -> certificates.serialTaken(issuing.name(), Crypto.serialHex(s)));
        X500Name subject = subject(issuing.name(), commonNameTail);
        X509CertificateHolder cert = profile == CertificateProfile.OCSP_SIGNER
                ? maker.ocspSigner(subject, signer.publicKey(), issuing, serial, now, notAfter)
                : maker.service(profile, subject, signer.publicKey(), issuing, serial, now, notAfter);
        List<X509Certificate> chain = new ArrayList<>(List.of(Ca.toJca(cert)));
        chain.addAll(issuing.jcaChain());
        soft.store(signer, chain);
        byte[] der = Issuance.encoded(cert);
        transactions.executeWithoutResult(tx -> {
            certificates.insert(new NewCertificate(issuing.name(), Crypto.serialHex(serial), null, profile,
                    issuing.algorithm(), cert.getSubject().toString(), now, notAfter, Crypto.sha256Hex(der), der,
                    null, null), now);
            alsoRecord.accept(der);
        });
        return new Issued(cert, der, signer);
    }

    /** The signer of a service key issued here, by its key reference. */
    CaSigner load(String keyRef, KeyAlgorithm algorithm) {
        return factories.byType(SoftCaSignerFactory.TYPE).load(keyRef, algorithm);
    }

    /**
     * The subject of a CA's own certificates: C=CN, O=the CA's organisation and a CN of the organisation, the CA
     * name's family ({@code sm2-issuing} gives SM2) and {@code commonNameTail} such as {@code " Issuing CA"}.
     */
    X500Name subject(String caName, String commonNameTail) {
        String family = caName.split("-")[0].toUpperCase(Locale.ROOT);
        String organization = properties.caOrganization();
        return SubjectNames.ca(organization, organization + " " + family + commonNameTail);
    }
}
