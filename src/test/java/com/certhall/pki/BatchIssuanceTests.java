package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.audit.AuditLog;
import com.certhall.pki.ca.Crypto;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.IntegrationTest;
import com.certhall.support.QueryCounter;
import com.certhall.support.TestEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link CertificateAuthority#issueAll} (docs/pki.md, "Issuance in batches"): many CSRs in one transaction, each
 * proof of possession checked, each item answered on its own, repeats answered with the certificate issued first.
 */
@IntegrationTest
class BatchIssuanceTests {

    @Autowired
    CertificateAuthority authority;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog auditLog;

    @TempDir
    Path dir;

    @Test
    void aBatchIsOneBatchOfRowsAndOneOfAuditEntriesAndEveryCertificateVerifiesWithPkixAndOpenssl() throws Exception {
        TestEnvironment.requireCommand("openssl");
        List<IssuanceRequest> requests = new ArrayList<>();
        for (KeyAlgorithm algorithm : List.of(KeyAlgorithm.EC_P256, KeyAlgorithm.RSA_2048, KeyAlgorithm.SM2)) {
            for (int i = 0; i < 4; i++) {
                requests.add(PkiFixtures.request(CertificateProfile.PERSONAL, algorithm, PkiFixtures.csr(algorithm)));
            }
        }

        IssuanceRequest p256 = requests.get(0); // an end of validity between two seconds: the certificate holds seconds
        requests.add(new IssuanceRequest(UUID.randomUUID().toString(), p256.profile(), p256.algorithm(),
                p256.subject(), 1, Instant.now().plus(100, ChronoUnit.DAYS).plusMillis(123), p256.csrPem()));

        var counted = QueryCounter.count(() -> authority.issueAll(requests));

        assertThat(counted.statements()).as("certificate rows and audit entries, one batch each").isEqualTo(2);
        List<IssuanceOutcome> outcomes = counted.result();
        assertThat(outcomes).hasSize(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            IssuanceRequest request = requests.get(i);
            IssuedCertificate issued = outcomes.get(i).certificate();
            assertThat(outcomes.get(i).refusal()).isNull();
            assertThat(outcomes.get(i).requestId()).isEqualTo(request.requestId());
            assertStoredOnce(issued, request);
            X509CertificateHolder parsed = new X509CertificateHolder(issued.der());
            assertThat(parsed.toASN1Structure().getEncoded(ASN1Encoding.DER)).as("strict DER").isEqualTo(issued.der());
            assertThat(parsed.getNotBefore().toInstant()).isEqualTo(issued.notBefore());
            assertThat(parsed.getNotAfter().toInstant()).isEqualTo(issued.notAfter());
            assertThat(Crypto.sha256Hex(issued.der())).isEqualTo(issued.fingerprint());
            assertThat(parsed.getSubjectPublicKeyInfo().getEncoded())
                    .as("the CSR's key is certified").isEqualTo(new PKCS10CertificationRequest(der(request.csrPem()))
                            .getSubjectPublicKeyInfo().getEncoded());
            if (request.algorithm() != KeyAlgorithm.SM2) { // the JDK has no SM2; openssl checks it below
                List<X509Certificate> chain = chain(issued);
                PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(chain.get(2), null)));
                parameters.setRevocationEnabled(false);
                CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                        .generateCertPath(chain.subList(0, 2)), parameters);
            }
            Path[] files = PkiFixtures.writeChain(issued.pemChain(), dir);
            // OpenSSL 3 applies -vfyopt to the target's signature only: an SM2 leaf is checked against its issuing
            // CA alone (Sm2CertificateTests checks the CA link)
            var result = request.algorithm() == KeyAlgorithm.SM2
                    ? PkiFixtures.run(dir, "openssl", "verify", "-vfyopt", "distid:1234567812345678",
                            "-partial_chain", "-CAfile", files[1].toString(), files[0].toString())
                    : PkiFixtures.run(dir, "openssl", "verify", "-x509_strict", "-CAfile", files[2].toString(),
                            "-untrusted", files[1].toString(), files[0].toString());
            assertThat(result.output()).as(request.algorithm().name()).contains(": OK");
        }
    }

    @Test
    void aRefusedItemIsAnsweredAloneAndTheOthersAreIssued() throws Exception {
        String p256 = PkiFixtures.csr(KeyAlgorithm.EC_P256);
        IssuanceRequest good = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256, p256);
        IssuanceRequest forged = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256,
                forgedSignature(PkiFixtures.csr(KeyAlgorithm.EC_P256)));
        IssuanceRequest otherKey = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.SM2, p256);
        IssuanceRequest last = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.RSA_2048,
                PkiFixtures.csr(KeyAlgorithm.RSA_2048));
        List<IssuanceRequest> requests = new ArrayList<>(List.of(good, forged, otherKey));
        requests.add(null);
        requests.add(last);

        List<IssuanceOutcome> outcomes = authority.issueAll(requests);

        assertThat(outcomes).extracting(IssuanceOutcome::issued).containsExactly(true, false, false, false, true);
        assertStoredOnce(outcomes.get(0).certificate(), good);
        assertStoredOnce(outcomes.get(4).certificate(), last);
        assertThat(outcomes.get(1).refusal()).isInstanceOf(InvalidInputException.class);
        assertThat(outcomes.get(1).refusal().violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("csr"))
                .satisfies(v -> assertThat(v.code()).isEqualTo("signature"));
        assertThat(outcomes.get(2).refusal().violations()).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("algorithmMismatch"));
        assertThat(outcomes.get(3).refusal().violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("requests[3]"));
        assertThat(authority.findByRequestId(forged.requestId())).isEmpty();
        assertThat(authority.findByRequestId(otherKey.requestId())).isEmpty();
    }

    @Test
    void aRequestIdIssuedBeforeOrTwiceInTheBatchGetsTheCertificateIssuedFirst() {
        String csr = PkiFixtures.csr(KeyAlgorithm.EC_P256);
        IssuanceRequest earlier = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256, csr);
        IssuedCertificate first = authority.issue(earlier);
        IssuanceRequest fresh = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256, csr);
        IssuanceRequest other = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256, csr);

        var counted = QueryCounter.count(() -> authority.issueAll(List.of(fresh, earlier, fresh, other)));

        // the batch refused by the unique request id, one SELECT of the ids stored before, the rest as one batch
        assertThat(counted.statements()).isEqualTo(4);
        List<IssuanceOutcome> outcomes = counted.result();
        assertThat(outcomes).allMatch(IssuanceOutcome::issued);
        assertThat(outcomes.get(1).certificate().serialHex()).isEqualTo(first.serialHex());
        assertThat(outcomes.get(2).certificate().serialHex()).isEqualTo(outcomes.get(0).certificate().serialHex());
        assertStoredOnce(first, earlier);
        assertStoredOnce(outcomes.get(0).certificate(), fresh);
        assertStoredOnce(outcomes.get(3).certificate(), other);
    }

    @Test
    void onPostgresqlANewCertificateGoesIntoNoStatusIndex() {
        Assumptions.assumeTrue(TestEnvironment.usePostgres(), "partial indexes are PostgreSQL's; H2 keeps full ones");
        List<String> statusIndexes = jdbc.queryForList("SELECT indexdef FROM pg_indexes "
                + "WHERE tablename = 'pki_certificate' AND indexdef LIKE '%status%'", String.class);

        assertThat(statusIndexes).hasSize(2).allSatisfy(definition -> assertThat(definition).contains(" WHERE "));
        assertThat(statusIndexes).anySatisfy(definition -> assertThat(definition)
                .contains("(status_changed_at)").contains("version > 0"));
        assertThat(statusIndexes).anySatisfy(definition -> assertThat(definition)
                .contains("(ca_name)").contains("REVOKED").contains("ON_HOLD"));
    }

    @Test
    void onPostgresqlANewCertificateWritesTheKeyLedBySerialAndTheRequestIdOnly() {
        Assumptions.assumeTrue(TestEnvironment.usePostgres(), "the key led by serial is PostgreSQL's migration");
        List<String> full = jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = 'pki_certificate' "
                + "AND indexdef NOT LIKE '% WHERE %' ORDER BY indexname", String.class);

        assertThat(full).hasSize(2);
        assertThat(full.get(0)).contains("pki_certificate_pkey").contains("(serial, ca_name)");
        assertThat(full.get(1)).contains("pki_certificate_request_id_uk").contains("(request_id)");
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL,
                KeyAlgorithm.EC_P256, PkiFixtures.csr(KeyAlgorithm.EC_P256)));
        assertThat(authority.find(issued.serialHex())).hasValueSatisfying(
                found -> assertThat(found.caName()).isEqualTo(issued.caName()));
    }

    @Test
    void moreThanAThousandRequestsAreRefusedNamingTheField() {
        IssuanceRequest one = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256,
                PkiFixtures.csr(KeyAlgorithm.EC_P256));
        assertThatThrownBy(() -> authority.issueAll(Collections.nCopies(1001, one)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("requests")));
        assertThat(authority.findByRequestId(one.requestId())).isEmpty();
        assertThat(authority.issueAll(List.of())).isEmpty();
    }

    private void assertStoredOnce(IssuedCertificate issued, IssuanceRequest request) {
        assertThat(issued.requestId()).isEqualTo(request.requestId());
        assertThat(authority.findByRequestId(request.requestId()).orElseThrow().serialHex())
                .isEqualTo(issued.serialHex());
        String subject = request.algorithm().issuingCaName() + "/" + issued.serialHex();
        assertThat(auditLog.recent("pki.certificate.issued", "", 500).stream()
                .filter(e -> e.subject().equals(subject)).count()).as(subject).isEqualTo(1);
    }

    private static List<X509Certificate> chain(IssuedCertificate issued) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> chain = new ArrayList<>();
        for (var c : factory.generateCertificates(new ByteArrayInputStream(issued.pemChain().getBytes()))) {
            chain.add((X509Certificate) c);
        }
        return chain;
    }

    private static byte[] der(String pem) {
        return java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    /** The CSR with the last octet of its signature changed: same key, no proof of possession. */
    private static String forgedSignature(String pem) throws Exception {
        byte[] der = der(pem);
        der[der.length - 1] ^= 1;
        return PkiFixtures.pem(new PKCS10CertificationRequest(der));
    }
}
