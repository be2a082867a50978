package com.certhall.pki.ca;

import com.certhall.pki.CertificateProfile;
import com.certhall.pki.persistence.ServiceKeyRows;
import com.certhall.pki.persistence.ServiceKeyRows.ServiceKeyRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keys the CA uses for its own services beside OCSP (docs/pki.md "Time stamping"): one time-stamping unit per
 * issuing CA, and the GB/T 38540 seal maker (制章者) under the SM2 issuing CA (3 years, renewed when 30 days remain).
 * A time-stamping key signs for one year; its certificate stays valid three years (capped at the CA's), so tokens it
 * signed still verify after the key was replaced (ETSI EN 319 421 separates key usage period and validity).
 */
@Component
public class ServiceKeys {

    /** The CA service a key is for. */
    public enum Purpose {
        TSA(CertificateProfile.TIME_STAMPING, " Time Stamping Authority"),
        SEAL_MAKER(CertificateProfile.SEAL_MAKER, " Seal Maker");

        private final CertificateProfile profile;
        private final String suffix;

        Purpose(CertificateProfile profile, String suffix) {
            this.profile = profile;
            this.suffix = suffix;
        }
    }

    /** A service key with its certificate and the chain up to the root (its certificate first). */
    public record ServiceKey(Ca ca, X509CertificateHolder certificate, CaSigner signer,
            List<X509CertificateHolder> chain) {
    }

    private static final Logger log = LoggerFactory.getLogger(ServiceKeys.class);

    private final ServiceKeyRows rows;
    private final ServiceCertificates certificates;
    private final CaRegistry registry;
    private final Clock clock;
    private final Map<String, CaSigner> signers = new ConcurrentHashMap<>();

    ServiceKeys(ServiceKeyRows rows, ServiceCertificates certificates, CaRegistry registry, Clock clock) {
        this.rows = rows;
        this.certificates = certificates;
        this.registry = registry;
        this.clock = clock;
    }

    /** The current key of {@code purpose} under the CA {@code caName}; read from the table, so nodes agree. */
    public Optional<ServiceKey> find(String caName, Purpose purpose) {
        Optional<Ca> ca = registry.find(caName);
        Optional<ServiceKeyRow> row = rows.find(caName, purpose.name());
        if (ca.isEmpty() || row.isEmpty()) {
            return Optional.empty();
        }
        X509CertificateHolder certificate = CaRegistry.holder(row.get().certificate());
        CaSigner signer = signers.computeIfAbsent(row.get().keyRef(),
                ref -> certificates.load(ref, ca.get().algorithm()));
        List<X509CertificateHolder> chain = new ArrayList<>(List.of(certificate));
        chain.addAll(ca.get().chain());
        return Optional.of(new ServiceKey(ca.get(), certificate, signer, chain));
    }

    /** Gives every issuing CA a time-stamping key when it has none or its key has signed for a year. */
    public synchronized void renewServiceKeys() {
        Instant now = now();
        for (Ca ca : registry.issuing()) {
            Optional<ServiceKey> current = find(ca.name(), Purpose.TSA);
            boolean due = current.isEmpty() || current.get().certificate().getNotBefore().toInstant()
                    .atOffset(ZoneOffset.UTC).plusYears(1).toInstant().isBefore(now);
            if (due) {
                createKey(ca, Purpose.TSA, now);
            }
        }
        // GB/T 38540 seals are signed with SM2 (GM/T 0003); the seal maker exists under the SM2 issuing CA only.
        registry.find(com.certhall.pki.KeyAlgorithm.SM2.issuingCaName()).ifPresent(sm2 -> {
            Optional<ServiceKey> maker = find(sm2.name(), Purpose.SEAL_MAKER);
            if (maker.isEmpty() || maker.get().certificate().getNotAfter().toInstant()
                    .isBefore(now.atOffset(ZoneOffset.UTC).plusDays(30).toInstant())) {
                createKey(sm2, Purpose.SEAL_MAKER, now);
            }
        });
    }

    private void createKey(Ca issuing, Purpose purpose, Instant now) {
        String alias = issuing.name() + "-" + purpose.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + now.getEpochSecond();
        Instant notAfter = min(now.atOffset(ZoneOffset.UTC).plusYears(3).toInstant(),
                issuing.certificate().getNotAfter().toInstant());
        ServiceCertificates.Issued key = certificates.issue(issuing, alias, purpose.profile, purpose.suffix, now,
                notAfter, der -> rows.replace(new ServiceKeyRow(issuing.name(), purpose.name(), alias, der), now));
        log.info("New {} key for {}: serial {}", purpose, issuing.name(), key.certificate().getSerialNumber());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
