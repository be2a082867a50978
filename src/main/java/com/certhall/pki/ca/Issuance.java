package com.certhall.pki.ca;

import com.certhall.pki.CertificateIssued;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import com.certhall.pki.IssuedWithKey;
import com.certhall.pki.persistence.CertificateRows;
import com.certhall.pki.persistence.CertificateRows.NewCertificate;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Issues end-entity certificates: from a CSR, or for a key pair generated here and delivered as PKCS#12. */
@Component
public class Issuance {

    private final CaRegistry registry;
    private final CertificateMaker maker;
    private final CertificateRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Issuance(CaRegistry registry, CertificateMaker maker, CertificateRows rows, ApplicationEventPublisher events,
            Clock clock) {
        this.registry = registry;
        this.maker = maker;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    public IssuedCertificate issue(IssuanceRequest request) {
        Optional<CertificateRecord> earlier = earlier(request);
        if (earlier.isPresent()) {
            return toIssued(earlier.get());
        }
        return store(request, prepare(request));
    }

    /** Checks the CSR and signs the certificate for it; nothing is stored yet ({@link GroupCommit}). */
    X509CertificateHolder prepare(IssuanceRequest request) {
        if (request.csrPem() == null) {
            throw InvalidInputException.of(CsrInspector.FIELD, "required", "validation.required", CsrInspector.FIELD);
        }
        SubjectPublicKeyInfo spki = CsrInspector.publicKeyOf(request.csrPem(), request.algorithm());
        return issueFor(request, spki);
    }

    /** Stores a certificate {@link #prepare} made, publishing {@code CertificateIssued}; joins the transaction. */
    IssuedCertificate store(IssuanceRequest request, X509CertificateHolder cert) {
        return store(request, cert, null, null);
    }

    public IssuedWithKey issueWithGeneratedKey(IssuanceRequest request) {
        Optional<CertificateRecord> earlier = earlier(request);
        if (earlier.isPresent()) {
            CertificateRecord record = earlier.get();
            byte[] pkcs12 = rows.keyDelivery(record.caName(), record.serialHex())
                    .orElseThrow(() -> new ConflictException("pki.conflict.requestHasCsr",
                            "request " + request.requestId() + " was issued for a CSR"))
                    .pkcs12();
            return new IssuedWithKey(toIssued(record), pkcs12, null);
        }
        if (request.csrPem() != null) {
            throw InvalidInputException.of(CsrInspector.FIELD, "notAllowed", "validation.pki.csr.notAllowed",
                    CsrInspector.FIELD);
        }
        KeyPair pair = Crypto.generateKeyPair(request.algorithm());
        X509CertificateHolder cert = issueFor(request, CertificateMaker.spki(pair.getPublic()));
        Ca ca = registry.issuingFor(request.algorithm());
        List<java.security.cert.X509Certificate> chain = new ArrayList<>();
        chain.add(Ca.toJca(cert));
        chain.addAll(ca.jcaChain());
        String pin = Pins.newPin();
        byte[] pkcs12 = Pkcs12Files.of(pair.getPrivate(), chain, pin);
        IssuedCertificate issued = store(request, cert, pkcs12, Pins.hash(pin));
        return new IssuedWithKey(issued, pkcs12, pin);
    }

    /**
     * Issues the certificate for a key generated elsewhere in the CA core (a cloud key in custody); stored without a
     * PKCS#12 or PIN. Answers the certificate and its chain, certificate first.
     */
    List<java.security.cert.X509Certificate> issueForKey(IssuanceRequest request, java.security.PublicKey key) {
        if (request.csrPem() != null) {
            throw InvalidInputException.of(CsrInspector.FIELD, "notAllowed", "validation.pki.csr.notAllowed",
                    CsrInspector.FIELD);
        }
        X509CertificateHolder cert = issueFor(request, CertificateMaker.spki(key));
        store(request, cert, null, null);
        List<java.security.cert.X509Certificate> chain = new ArrayList<>();
        chain.add(Ca.toJca(cert));
        chain.addAll(registry.issuingFor(request.algorithm()).jcaChain());
        return chain;
    }

    String issuingCaName(com.certhall.pki.KeyAlgorithm algorithm) {
        return registry.issuingFor(algorithm).name();
    }

    Optional<IssuedCertificate> issuedBefore(IssuanceRequest request) {
        return earlier(request).map(this::toIssued);
    }

    private Optional<CertificateRecord> earlier(IssuanceRequest request) {
        return rows.findByRequestId(request.requestId()).map(CertificateRows.Versioned::record);
    }

    private X509CertificateHolder issueFor(IssuanceRequest request, SubjectPublicKeyInfo spki) {
        Ca ca = registry.issuingFor(request.algorithm());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = request.notAfter() != null ? request.notAfter()
                : now.atOffset(ZoneOffset.UTC).plusYears(request.validityYears()).toInstant();
        Instant caNotAfter = ca.certificate().getNotAfter().toInstant();
        if (notAfter.isAfter(caNotAfter)) {
            notAfter = caNotAfter; // RFC 5280 §6: a certificate outliving its issuer would not validate
        }
        if (!notAfter.isAfter(now)) {
            throw InvalidInputException.of("notAfter", "past", "validation.pki.notAfter", "notAfter");
        }
        X500Name subject = SubjectNames.of(request.profile(), request.subject());
        // No SELECT per certificate: the primary key (ca_name, serial) is the uniqueness check. Two draws of 126
        // random bits collide with probability 2^-126; such an insert fails and is answered as a conflict to repeat.
        BigInteger serial = SerialNumbers.next(s -> false);
        return maker.endEntity(ca, request.profile(), subject, request.subject(), spki, serial, now, notAfter);
    }

    private IssuedCertificate store(IssuanceRequest request, X509CertificateHolder cert, byte @Nullable [] pkcs12,
            @Nullable String pinHash) {
        Ca ca = registry.issuingFor(request.algorithm());
        byte[] der = encoded(cert);
        String serial = Crypto.serialHex(cert.getSerialNumber());
        String fingerprint = Crypto.sha256Hex(der);
        Instant notBefore = cert.getNotBefore().toInstant();
        Instant notAfter = cert.getNotAfter().toInstant();
        try {
            rows.insert(new NewCertificate(ca.name(), serial, request.requestId(), request.profile(),
                    request.algorithm(), SubjectNames.masked(cert.getSubject()), notBefore, notAfter, fingerprint,
                    der, pkcs12, pinHash), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("pki.conflict.duplicateRequest",
                    "request " + request.requestId() + " is being issued concurrently (or drew a serial already "
                            + "used); repeat it");
        }
        events.publishEvent(new CertificateIssued(ca.name(), serial, request.profile(), request.algorithm(),
                request.requestId(), notAfter, fingerprint));
        return new IssuedCertificate(serial, ca.name(), request.profile(), request.algorithm(), request.requestId(),
                der, pemChain(der, ca), notBefore, notAfter, fingerprint);
    }

    IssuedCertificate toIssued(CertificateRecord r) {
        Ca ca = registry.get(r.caName());
        return new IssuedCertificate(r.serialHex(), r.caName(), r.profile(), r.algorithm(),
                r.requestId() == null ? "" : r.requestId(), r.der(), pemChain(r.der(), ca), r.notBefore(),
                r.notAfter(), r.fingerprint());
    }

    private static String pemChain(byte[] der, Ca ca) {
        StringBuilder pem = new StringBuilder(pem(der));
        ca.chain().forEach(holder -> pem.append(pem(encoded(holder))));
        return pem.toString();
    }

    public static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    static byte[] encoded(X509CertificateHolder holder) {
        try {
            return holder.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
