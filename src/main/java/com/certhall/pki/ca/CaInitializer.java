package com.certhall.pki.ca;

import com.certhall.pki.CertificateProfile;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.persistence.CaRows;
import com.certhall.pki.persistence.CaRows.CaRow;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the CA hierarchy of an algorithm family — root (20 years), issuing CA (10 years), the issuing CA's
 * delegated OCSP signer (1 year, renewed when 30 days remain) and its time-stamping key ({@link ServiceKeys}). Existing CAs are left alone, so it is safe to repeat.
 */
@Component
public class CaInitializer {

    private static final Logger log = LoggerFactory.getLogger(CaInitializer.class);
    private static final Duration OCSP_RENEWAL = Duration.ofDays(30);

    private final ServiceKeys serviceKeys;
    private final CaRows caRows;
    private final ServiceCertificates serviceCertificates;
    private final CaRegistry registry;
    private final CaSignerFactories factories;
    private final CertificateMaker maker;
    private final PkiProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaInitializer(CaRows caRows, ServiceCertificates serviceCertificates, CaRegistry registry,
            CaSignerFactories factories, CertificateMaker maker, PkiProperties properties,
            TransactionTemplate transactions, Clock clock, ServiceKeys serviceKeys) {
        this.serviceKeys = serviceKeys;
        this.caRows = caRows;
        this.serviceCertificates = serviceCertificates;
        this.registry = registry;
        this.factories = factories;
        this.maker = maker;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates what is missing of the given families ({@code sm2}, {@code ecc}, {@code rsa}); returns the CAs. */
    public synchronized List<Ca> initialize(List<String> families, String keyStoreType) {
        List<Ca> result = new ArrayList<>();
        for (String family : families) {
            KeyAlgorithm issuingAlgorithm = issuingAlgorithm(family.strip().toLowerCase(Locale.ROOT));
            Ca root = registry.find(issuingAlgorithm.rootCaName())
                    .orElseGet(() -> createRoot(issuingAlgorithm, keyStoreType));
            Ca issuing = registry.find(issuingAlgorithm.issuingCaName())
                    .orElseGet(() -> createIssuing(issuingAlgorithm, root, keyStoreType));
            result.add(root);
            result.add(issuing);
        }
        renewOcspSigners();
        serviceKeys.renewServiceKeys();
        return result;
    }

    /** Gives every issuing CA whose OCSP signer expires within 30 days a new signer key and certificate. */
    public synchronized void renewOcspSigners() {
        Instant limit = clock.instant().plus(OCSP_RENEWAL);
        for (Ca ca : registry.issuing()) {
            if (ca.ocsp() == null || ca.ocsp().certificate().getNotAfter().toInstant().isBefore(limit)) {
                Ca.OcspSigning signing = newOcspSigner(ca);
                transactions.executeWithoutResult(tx -> caRows.replaceOcspSigner(ca.name(),
                        signing.signer().keyRef(), Issuance.encoded(signing.certificate())));
                log.info("New OCSP signer for {}: serial {}", ca.name(), signing.certificate().getSerialNumber());
                registry.reload();
            }
        }
    }

    static KeyAlgorithm issuingAlgorithm(String family) {
        return switch (family) {
            case "sm2" -> KeyAlgorithm.SM2;
            case "ecc" -> KeyAlgorithm.EC_P256;
            case "rsa" -> KeyAlgorithm.RSA_2048;
            default -> throw new IllegalArgumentException("unknown CA family '" + family + "' (sm2, ecc, rsa)");
        };
    }

    private Ca createRoot(KeyAlgorithm issuingAlgorithm, String keyStoreType) {
        KeyAlgorithm algorithm = switch (issuingAlgorithm) {
            case RSA_2048, RSA_3072 -> properties.rsaRootBits() >= 3072 ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.RSA_2048;
            default -> issuingAlgorithm;
        };
        String name = issuingAlgorithm.rootCaName();
        CaSignerFactory factory = factories.forNewKey(keyStoreType, algorithm);
        CaSigner signer = factory.generate(name, algorithm);
        Instant now = now();
        X509CertificateHolder cert = maker.root(caSubject(name),
                signer, serial(now), now, now.atOffset(ZoneOffset.UTC).plusYears(20).toInstant());
        factory.store(signer, List.of(Ca.toJca(cert)));
        transactions.executeWithoutResult(tx -> caRows.insert(new CaRow(name, algorithm.name(), true, null,
                factory.type(), signer.keyRef(), Issuance.encoded(cert), null, null), now));
        log.info("Created root CA {} ({}, key store {})", name, algorithm, factory.type());
        registry.reload();
        return registry.get(name);
    }

    private Ca createIssuing(KeyAlgorithm algorithm, Ca root, String keyStoreType) {
        String name = algorithm.issuingCaName();
        CaSignerFactory factory = factories.forNewKey(keyStoreType, algorithm);
        CaSigner signer = factory.generate(name, algorithm);
        Instant now = now();
        X509CertificateHolder cert = maker.subordinate(caSubject(name), signer.publicKey(), root, serial(now), now,
                now.atOffset(ZoneOffset.UTC).plusYears(10).toInstant());
        List<X509CertificateHolder> chain = new ArrayList<>(List.of(cert));
        chain.addAll(root.chain());
        Ca issuing = new Ca(name, algorithm, false, root.name(), cert, signer, chain, null);
        factory.store(signer, issuing.jcaChain());
        transactions.executeWithoutResult(tx -> caRows.insert(new CaRow(name, algorithm.name(), false, root.name(),
                factory.type(), signer.keyRef(), Issuance.encoded(cert), null, null), now));
        log.info("Created issuing CA {} ({}, key store {})", name, algorithm, factory.type());
        registry.reload();
        return registry.get(name);
    }

    private Ca.OcspSigning newOcspSigner(Ca issuing) {
        Instant now = now();
        ServiceCertificates.Issued signer = serviceCertificates.issue(issuing,
                issuing.name() + "-ocsp-" + now.getEpochSecond(), CertificateProfile.OCSP_SIGNER,
                caNameTail(issuing.name()) + " OCSP Signer", now,
                now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant(), der -> { });
        return new Ca.OcspSigning(signer.certificate(), signer.signer());
    }

    private X500Name caSubject(String caName) {
        return serviceCertificates.subject(caName, caNameTail(caName));
    }

    private static String caNameTail(String caName) {
        return caName.split("-")[1].equals("root") ? " Root CA" : " Issuing CA";
    }

    private static BigInteger serial(Instant at) {
        return SerialNumbers.next(at, s -> false);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
