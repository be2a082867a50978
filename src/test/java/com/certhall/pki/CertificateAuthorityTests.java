package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.shared.ConflictException;
import com.certhall.support.ServerHttp;
import com.certhall.support.TestEnvironment;
import com.certhall.support.WebIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Issuance, revocation, CRL and OCSP of the running CA, checked with openssl (RSA and ECC). */
@WebIntegrationTest
@RecordApplicationEvents
class CertificateAuthorityTests {

    @Autowired
    CertificateAuthority authority;

    @Autowired
    ApplicationEvents events;

    @Autowired
    com.certhall.audit.AuditLog auditLog;

    @Autowired
    ServerHttp server;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = {"OCSP_SIGNER", "TIME_STAMPING", "SEAL_MAKER"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyProfileVerifiesWithOpensslForRsaAndEcc(CertificateProfile profile) throws Exception {
        TestEnvironment.requireCommand("openssl");
        for (KeyAlgorithm algorithm : List.of(KeyAlgorithm.RSA_2048, KeyAlgorithm.EC_P256)) {
            IssuedCertificate issued = authority.issue(PkiFixtures.request(profile, algorithm,
                    PkiFixtures.csr(algorithm)));
            Path[] chain = PkiFixtures.writeChain(issued.pemChain(), dir);
            assertThat(chain).hasSize(3);
            var result = PkiFixtures.run(dir, "openssl", "verify", "-x509_strict", "-CAfile", chain[2].toString(),
                    "-untrusted", chain[1].toString(), chain[0].toString());
            assertThat(result.output()).as(profile + " " + algorithm).contains(": OK");
            assertThat(result.exit()).isZero();
            var text = PkiFixtures.run(dir, "openssl", "x509", "-in", chain[0].toString(), "-noout", "-text");
            assertThat(text.output()).contains("OCSP - URI:http://localhost:8080/pki/ocsp")
                    .contains("URI:http://localhost:8080/pki/crl/" + algorithm.issuingCaName() + ".crl")
                    .contains("Policy: 2.25.329800735698586629295641978511506172918.1.1");
        }
    }

    @Test
    void repeatedRequestIdReturnsTheFirstCertificateAndPublishesOneEvent() {
        IssuanceRequest request = PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256,
                PkiFixtures.csr(KeyAlgorithm.EC_P256));
        IssuedCertificate first = authority.issue(request);
        IssuedCertificate again = authority.issue(request);
        assertThat(again.serialHex()).isEqualTo(first.serialHex());
        assertThat(events.stream(CertificateIssued.class)
                .filter(e -> e.requestId().equals(request.requestId()))).hasSize(1);
        assertThat(new java.math.BigInteger(first.serialHex(), 16).bitLength()).isGreaterThanOrEqualTo(64);
        assertThat(auditLog.recent("pki.certificate.issued", "", 100))
                .filteredOn(e -> e.subject().equals("ecc-issuing/" + first.serialHex())).hasSize(1)
                .first().satisfies(e -> assertThat(e.details()).containsEntry("requestId", request.requestId()));
    }

    @Test
    void generatedKeyComesAsPkcs12UnderAPinThatOpensslOpens() throws Exception {
        TestEnvironment.requireCommand("openssl");
        IssuedWithKey issued = authority.issueWithGeneratedKey(IssuanceRequest.withGeneratedKey("gen-1",
                CertificateProfile.ORGANIZATION, KeyAlgorithm.EC_P256,
                PkiFixtures.subject(CertificateProfile.ORGANIZATION), 2));
        assertThat(issued.pin()).matches("\\d{6,8}");
        Path p12 = Files.write(dir.resolve("k.p12"), issued.pkcs12());
        var result = PkiFixtures.run(dir, "openssl", "pkcs12", "-in", p12.toString(), "-passin",
                "pass:" + issued.pin(), "-nodes", "-info");
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("BEGIN PRIVATE KEY");
        String serial = issued.certificate().serialHex();
        assertThat(authority.pinMatches("ecc-issuing", serial, issued.pin())).isTrue();
        assertThat(authority.pinMatches("ecc-issuing", serial, "00000000")).isFalse();
        IssuedWithKey repeat = authority.issueWithGeneratedKey(IssuanceRequest.withGeneratedKey("gen-1",
                CertificateProfile.ORGANIZATION, KeyAlgorithm.EC_P256,
                PkiFixtures.subject(CertificateProfile.ORGANIZATION), 2));
        assertThat(repeat.pin()).isNull();
        assertThat(repeat.certificate().serialHex()).isEqualTo(serial);
    }

    @Test
    void crlVerifiesWithOpensslAndListsTheRevokedSerial() throws Exception {
        TestEnvironment.requireCommand("openssl");
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.ORGANIZATION,
                KeyAlgorithm.RSA_2048, PkiFixtures.csr(KeyAlgorithm.RSA_2048)));
        authority.revoke("rsa-issuing", issued.serialHex(), RevocationReason.KEY_COMPROMISE,
                Instant.now().minusSeconds(3600));
        assertThat(events.stream(CertificateRevoked.class)).anyMatch(e -> e.serialHex().equals(issued.serialHex()));
        Path crl = Files.write(dir.resolve("rsa.crl"), server.get("/pki/crl/rsa-issuing.crl").body());
        Path[] chain = PkiFixtures.writeChain(issued.pemChain(), dir);
        var result = PkiFixtures.run(dir, "openssl", "crl", "-inform", "DER", "-in", crl.toString(), "-CAfile",
                chain[1].toString(), "-noout", "-text");
        assertThat(result.output()).contains("verify OK").contains(issued.serialHex().toUpperCase())
                .contains("Key Compromise").contains("X509v3 CRL Number");
        var check = PkiFixtures.run(dir, "openssl", "verify", "-crl_check", "-CRLfile", crl.toString(),
                "-CAfile", chain[2].toString(), "-untrusted", chain[1].toString(), chain[0].toString());
        assertThat(check.output()).contains("certificate revoked");
    }

    @Test
    void ocspAnswersGoodThenRevokedThenUnknownWithVerifiedSignatures() throws Exception {
        TestEnvironment.requireCommand("openssl");
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL,
                KeyAlgorithm.EC_P256, PkiFixtures.csr(KeyAlgorithm.EC_P256)));
        Path[] chain = PkiFixtures.writeChain(issued.pemChain(), dir);
        Path trust = Files.writeString(dir.resolve("trust.pem"),
                Files.readString(chain[1]) + Files.readString(chain[2]));
        String url = server.url("/pki/ocsp");
        for (String nonce : List.of("-nonce", "-no_nonce")) {
            var good = PkiFixtures.run(dir, "openssl", "ocsp", "-issuer", chain[1].toString(), "-cert",
                    chain[0].toString(), "-url", url, "-CAfile", trust.toString(), nonce);
            assertThat(good.output()).contains("Response verify OK").contains(chain[0] + ": good");
        }
        authority.revoke("ecc-issuing", issued.serialHex(), RevocationReason.CESSATION_OF_OPERATION, null);
        for (String nonce : List.of("-nonce", "-no_nonce")) {
            var revoked = PkiFixtures.run(dir, "openssl", "ocsp", "-issuer", chain[1].toString(), "-cert",
                    chain[0].toString(), "-url", url, "-CAfile", trust.toString(), nonce);
            assertThat(revoked.output()).contains("Response verify OK").contains(": revoked")
                    .contains("cessationOfOperation");
        }
        var unknown = PkiFixtures.run(dir, "openssl", "ocsp", "-issuer", chain[1].toString(), "-serial",
                "0x1234567890abcdef", "-url", url, "-CAfile", trust.toString());
        assertThat(unknown.output()).contains("Response verify OK").contains(": unknown");
    }

    @Test
    void garbageGetsMalformedRequestNotAServerError() throws Exception {
        HttpResponse<byte[]> post = server.post("/pki/ocsp", "application/ocsp-request", "garbage".getBytes());
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(com.certhall.pki.ocsp.OcspResponder.parse(post.body()).getStatus()).isEqualTo(1);
        HttpResponse<byte[]> getResponse = server.get("/pki/ocsp/not*base64!");
        assertThat(getResponse.statusCode()).isIn(200, 400);
        HttpResponse<byte[]> get = server.get("/pki/ocsp/bm90IGFuIE9DU1AgcmVxdWVzdA==");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(com.certhall.pki.ocsp.OcspResponder.parse(get.body()).getStatus()).isEqualTo(1);
    }

    @Test
    void concurrentIssuancesEachGetTheirOwnCertificateAndAuditEntryAndARepeatedIdItsFirstCertificate()
            throws Exception {
        String csr = PkiFixtures.csr(KeyAlgorithm.EC_P256);
        List<IssuanceRequest> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            requests.add(PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256, csr));
        }
        requests.add(requests.get(0)); // the same request id twice, at the same time
        requests.add(requests.get(1));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<IssuedCertificate> issued = new java.util.ArrayList<>();
        try {
            for (var future : pool.invokeAll(requests.stream().<java.util.concurrent.Callable<IssuedCertificate>>map(
                    r -> () -> authority.issue(r)).toList())) {
                issued.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < requests.size(); i++) {
            assertThat(issued.get(i).requestId()).isEqualTo(requests.get(i).requestId());
        }
        assertThat(issued.get(16).serialHex()).isEqualTo(issued.get(0).serialHex());
        assertThat(issued.get(17).serialHex()).isEqualTo(issued.get(1).serialHex());
        List<String> serials = issued.subList(0, 16).stream().map(IssuedCertificate::serialHex).toList();
        assertThat(serials).doesNotHaveDuplicates();
        for (String serial : serials) {
            assertThat(authority.find(serial)).as(serial).isPresent();
            assertThat(auditLog.recent("pki.certificate.issued", "", 200))
                    .filteredOn(e -> e.subject().equals("ecc-issuing/" + serial)).as(serial).hasSize(1);
        }
    }

    @Test
    void holdCanBeReleasedButRevocationIsFinal() {
        IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL,
                KeyAlgorithm.EC_P256, PkiFixtures.csr(KeyAlgorithm.EC_P256)));
        assertThat(authority.revoke("ecc-issuing", issued.serialHex(), RevocationReason.CERTIFICATE_HOLD, null)
                .status()).isEqualTo(CertificateStatus.ON_HOLD);
        assertThat(authority.releaseHold("ecc-issuing", issued.serialHex()).status())
                .isEqualTo(CertificateStatus.GOOD);
        authority.revoke("ecc-issuing", issued.serialHex(), RevocationReason.SUPERSEDED, null);
        assertThatThrownBy(() -> authority.revoke("ecc-issuing", issued.serialHex(),
                RevocationReason.KEY_COMPROMISE, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> authority.releaseHold("ecc-issuing", issued.serialHex()))
                .isInstanceOf(ConflictException.class);
        assertThat(authority.find(issued.serialHex().toUpperCase()).orElseThrow().reason())
                .isEqualTo(RevocationReason.SUPERSEDED);
    }

    @Test
    void publishesTheCasAsJsonAndDer() throws Exception {
        String json = new String(server.get("/pki/ca").body());
        for (String name : List.of("sm2-root", "sm2-issuing", "ecc-root", "ecc-issuing", "rsa-root",
                "rsa-issuing")) {
            assertThat(json).contains("\"name\":\"" + name + "\"")
                    .contains("http://localhost:8080/pki/crl/" + name + ".crl");
            HttpResponse<byte[]> der = server.get("/pki/ca/" + name + ".crt");
            assertThat(der.statusCode()).isEqualTo(200);
            assertThat(der.headers().firstValue("Content-Type")).contains("application/pkix-cert");
            assertThat(der.body()[0]).isEqualTo((byte) 0x30);
        }
        assertThat(server.get("/pki/ca/nope.crt").statusCode()).isEqualTo(404);
    }
}
