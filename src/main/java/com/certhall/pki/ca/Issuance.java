package com.certhall.pki.ca;

import com.certhall.audit.AuditTrail;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, CaFacts> caFacts = new ConcurrentHashMap<>();

    Issuance(CaRegistry registry, CertificateMaker maker, CertificateRows rows, ApplicationEventPublisher events,
            AuditTrail audit, Clock clock) {
        this.registry = registry;
        this.maker = maker;
        this.rows = rows;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What every certificate of an issuing CA needs from the CA's own certificate, read once per loaded chain rather
     * than per certificate: the chain in PEM and the CA's notAfter (parsing it cost a P-256 certificate some
     * microseconds).
     */
    private record CaFacts(List<X509CertificateHolder> chain, String pem, Instant notAfter) {
    }

    /**
     * A certificate signed for a request; not stored yet. Its DER is the one assembled from the TBSCertificate as
     * signed ({@link TbsCapture}); its serial, subject and validity are known without reading the certificate back.
     */
    record Prepared(IssuanceRequest request, X509CertificateHolder certificate, byte[] der, String serialHex,
            X500Name subject, Instant notBefore, Instant notAfter) {
    }

    public IssuedCertificate issue(IssuanceRequest request) {
        Optional<CertificateRecord> earlier = earlier(request);
        if (earlier.isPresent()) {
            return toIssued(earlier.get());
        }
        return store(prepare(request), null, null);
    }

    /** Checks the CSR and signs the certificate for it; nothing is stored yet ({@link GroupCommit}). */
    Prepared prepare(IssuanceRequest request) {
        return prepare(request, freshSerial());
    }

    /** {@link #prepare} with the serial given: a fresh one after a collision, or a taken one in tests. */
    Prepared prepare(IssuanceRequest request, BigInteger serial) {
        if (request.csrPem() == null) {
            throw InvalidInputException.of(CsrInspector.FIELD, "required", "validation.required", CsrInspector.FIELD);
        }
        SubjectPublicKeyInfo spki = CsrInspector.publicKeyOf(request.csrPem(), request.algorithm());
        return issueFor(request, spki, serial);
    }

    /**
     * Stores prepared certificates in the caller's transaction: their rows as multi-row INSERTs, then one
     * {@code CertificateIssued} each, whose audit entries go as one batch. A serial or request id already stored
     * fails the whole batch with {@link DuplicateKeyException}, before any event is published.
     */
    List<IssuedCertificate> storeAll(List<Prepared> group) {
        Instant now = clock.instant();
        List<NewCertificate> inserts = new ArrayList<>(group.size());
        List<IssuedCertificate> issued = new ArrayList<>(group.size());
        for (Prepared p : group) {
            Ca ca = registry.issuingFor(p.request().algorithm());
            IssuedCertificate c = issued(p, ca);
            inserts.add(new NewCertificate(ca.name(), c.serialHex(), c.requestId(), c.profile(), c.algorithm(),
                    SubjectNames.masked(p.subject()), c.notBefore(), c.notAfter(), c.fingerprint(),
                    c.der(), null, null));
            issued.add(c);
        }
        rows.insertAll(inserts, now);
        audit.recordInBatch(() -> {
            issued.forEach(this::publish);
            return issued.size();
        });
        return issued;
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
        Prepared cert = issueFor(request, CertificateMaker.spki(pair.getPublic()), freshSerial());
        Ca ca = registry.issuingFor(request.algorithm());
        List<java.security.cert.X509Certificate> chain = new ArrayList<>();
        chain.add(Ca.toJca(cert.certificate()));
        chain.addAll(ca.jcaChain());
        String pin = Pins.newPin();
        byte[] pkcs12 = Pkcs12Files.of(pair.getPrivate(), chain, pin);
        IssuedCertificate issued = store(cert, pkcs12, Pins.hash(pin));
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
        Prepared cert = issueFor(request, CertificateMaker.spki(key), freshSerial());
        store(cert, null, null);
        List<java.security.cert.X509Certificate> chain = new ArrayList<>();
        chain.add(Ca.toJca(cert.certificate()));
        chain.addAll(registry.issuingFor(request.algorithm()).jcaChain());
        return chain;
    }

    String issuingCaName(com.certhall.pki.KeyAlgorithm algorithm) {
        return registry.issuingFor(algorithm).name();
    }

    Optional<IssuedCertificate> issuedBefore(IssuanceRequest request) {
        return earlier(request).map(this::toIssued);
    }

    /** The certificates issued before for any of these requests, by request id: one statement. */
    Map<String, IssuedCertificate> issuedBefore(List<IssuanceRequest> requests) {
        Map<String, IssuedCertificate> before = new HashMap<>();
        rows.findByRequestIds(requests.stream().map(IssuanceRequest::requestId).collect(Collectors.toSet()))
                .forEach(v -> before.put(v.record().requestId(), toIssued(v.record())));
        return before;
    }

    /** A serial drawn now ({@link SerialNumbers}); one the CA already used is refused by the key when stored. */
    private BigInteger freshSerial() {
        return SerialNumbers.next(clock.instant(), s -> false);
    }

    private Optional<CertificateRecord> earlier(IssuanceRequest request) {
        return rows.findByRequestId(request.requestId()).map(CertificateRows.Versioned::record);
    }

    private Prepared issueFor(IssuanceRequest request, SubjectPublicKeyInfo spki, BigInteger serial) {
        Ca ca = registry.issuingFor(request.algorithm());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = request.notAfter() != null ? request.notAfter()
                : now.atOffset(ZoneOffset.UTC).plusYears(request.validityYears()).toInstant();
        Instant caNotAfter = facts(ca).notAfter();
        if (notAfter.isAfter(caNotAfter)) {
            notAfter = caNotAfter; // RFC 5280 §6: a certificate outliving its issuer would not validate
        }
        if (!notAfter.isAfter(now)) {
            throw InvalidInputException.of("notAfter", "past", "validation.pki.notAfter", "notAfter");
        }
        X500Name subject = SubjectNames.of(request.profile(), request.subject());
        // No SELECT per certificate: the primary key (ca_name, serial) is the uniqueness check. Two draws of 126
        // random bits collide with probability 2^-126; such an insert fails: in a group the serial is drawn again
        // (GroupCommit), inside a caller's transaction it is answered as a conflict to repeat.
        TbsCapture signer = new TbsCapture(ca.signer().contentSigner());
        X509CertificateHolder cert = maker.endEntity(ca, request.profile(), subject, request.subject(), spki, serial,
                now, notAfter, signer);
        // the certificate holds whole seconds (RFC 5280 §4.1.2.5.1 and §4.1.2.5.2)
        return new Prepared(request, cert, signer.certificate(), Crypto.serialHex(serial), subject, now,
                notAfter.truncatedTo(ChronoUnit.SECONDS));
    }

    private IssuedCertificate store(Prepared cert, byte @Nullable [] pkcs12, @Nullable String pinHash) {
        IssuanceRequest request = cert.request();
        Ca ca = registry.issuingFor(request.algorithm());
        IssuedCertificate issued = issued(cert, ca);
        try {
            rows.insert(new NewCertificate(ca.name(), issued.serialHex(), request.requestId(), request.profile(),
                    request.algorithm(), SubjectNames.masked(cert.subject()), issued.notBefore(),
                    issued.notAfter(), issued.fingerprint(), issued.der(), pkcs12, pinHash), clock.instant());
        } catch (DuplicateKeyException e) {
            throw concurrentRepeat(request);
        }
        publish(issued);
        return issued;
    }

    static ConflictException concurrentRepeat(IssuanceRequest request) {
        return new ConflictException("pki.conflict.duplicateRequest", "request " + request.requestId()
                + " is being issued concurrently (or drew a serial already used); repeat it");
    }

    private void publish(IssuedCertificate c) {
        events.publishEvent(new CertificateIssued(c.caName(), c.serialHex(), c.profile(), c.algorithm(),
                c.requestId(), c.notAfter(), c.fingerprint()));
    }

    /** The answer for a signed certificate: its DER as assembled when signed, fingerprint and chain from it. */
    private IssuedCertificate issued(Prepared p, Ca ca) {
        IssuanceRequest request = p.request();
        byte[] der = p.der();
        return new IssuedCertificate(p.serialHex(), ca.name(),
                request.profile(), request.algorithm(), request.requestId(), der, pemChain(der, ca), p.notBefore(),
                p.notAfter(), Crypto.sha256Hex(der));
    }

    IssuedCertificate toIssued(CertificateRecord r) {
        Ca ca = registry.get(r.caName());
        return new IssuedCertificate(r.serialHex(), r.caName(), r.profile(), r.algorithm(),
                r.requestId() == null ? "" : r.requestId(), r.der(), pemChain(r.der(), ca), r.notBefore(),
                r.notAfter(), r.fingerprint());
    }

    private String pemChain(byte[] der, Ca ca) {
        return pem(der) + facts(ca).pem();
    }

    private CaFacts facts(Ca ca) {
        CaFacts kept = caFacts.get(ca.name());
        if (kept == null || kept.chain() != ca.chain()) { // a reloaded CA brings a new chain list
            StringBuilder chain = new StringBuilder();
            ca.chain().forEach(holder -> chain.append(pem(encoded(holder))));
            kept = new CaFacts(ca.chain(), chain.toString(), ca.certificate().getNotAfter().toInstant());
            caFacts.put(ca.name(), kept);
        }
        return kept;
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
