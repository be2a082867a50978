package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.support.CommandLine;
import com.certhall.support.Openssl;
import com.certhall.support.ServerHttp;
import com.certhall.support.TestEnvironment;
import com.certhall.support.WebIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.math.BigInteger;
import java.util.Collection;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The RFC 3161 time-stamping authority at {@code /pki/tsa} (docs/pki.md "Time stamping"), checked with
 * {@code openssl ts}, which did not make the tokens.
 */
@WebIntegrationTest
class TimeStampAuthorityTests {

    @Autowired
    ServerHttp server;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ecc", "rsa"})
    void opensslVerifiesTheTokenOfEachIssuingCaAndRefusesOtherData(String family) throws Exception {
        TestEnvironment.requireCommand("openssl");
        Files.writeString(dir.resolve("data.txt"), "CertHall time-stamped document " + family);
        Files.writeString(dir.resolve("other.txt"), "another document");
        CommandLine.Result query = PkiFixtures.run(dir, "openssl", "ts", "-query", "-data", "data.txt", "-sha256",
                "-cert", "-out", "request.tsq");
        assertThat(query.exit()).as(query.output()).isZero();
        HttpResponse<byte[]> reply = post("/pki/tsa/" + family + "-issuing", Files.readAllBytes(dir.resolve(
                "request.tsq")));
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        Files.write(dir.resolve("reply.tsr"), reply.body());
        Openssl openssl = new Openssl(dir);
        openssl.pemFile("root.crt", get("/pki/ca/" + family + "-root.crt"));
        openssl.pemFile("issuing.crt", get("/pki/ca/" + family + "-issuing.crt"));

        CommandLine.Result text = PkiFixtures.run(dir, "openssl", "ts", "-reply", "-in", "reply.tsr", "-text");
        assertThat(text.output()).contains("Status: Granted.")
                .contains("Policy OID: 2.25.329800735698586629295641978511506172918.1.2")
                .contains("Hash Algorithm: sha256").contains("Accuracy: 0x01 seconds").containsPattern(
                        "Nonce: 0x[0-9A-F]+");
        CommandLine.Result verified = PkiFixtures.run(dir, "openssl", "ts", "-verify", "-data", "data.txt", "-in",
                "reply.tsr", "-CAfile", "root.crt", "-untrusted", "issuing.crt");
        assertThat(verified.output()).as(family).contains("Verification: OK");
        assertThat(verified.exit()).isZero();
        CommandLine.Result other = PkiFixtures.run(dir, "openssl", "ts", "-verify", "-data", "other.txt", "-in",
                "reply.tsr", "-CAfile", "root.crt", "-untrusted", "issuing.crt");
        assertThat(other.output()).contains("Verification: FAILED");
        assertThat(other.exit()).isNotZero();
    }

    @Test
    void theUnitCertificateHasOnlyACriticalTimeStampingEkuAndTheDefaultUnitIsP256() throws Exception {
        TimeStampToken token = granted(post("/pki/tsa", request(NISTObjectIdentifiers.id_sha256, 32)));
        X509CertificateHolder unit = unitCertificate(token);
        assertThat(unit.getIssuer().toString()).contains("ECC Issuing CA");
        assertThat(unit.getSubject().toString()).contains("ECC Time Stamping Authority");
        var eku = unit.getExtension(org.bouncycastle.asn1.x509.Extension.extendedKeyUsage);
        assertThat(eku.isCritical()).isTrue();
        assertThat(org.bouncycastle.asn1.x509.ExtendedKeyUsage.getInstance(eku.getParsedValue()).getUsages())
                .containsExactly(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping);
        assertThat(token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().setProvider("BC").build(unit)))
                .isTrue();
    }

    @Test
    void anSm3ImprintIsStampedByTheSm2UnitWithSm2() throws Exception {
        TimeStampToken token = granted(post("/pki/tsa", request(GMObjectIdentifiers.sm3, 32)));
        X509CertificateHolder unit = unitCertificate(token);
        assertThat(unit.getSubject().toString()).contains("SM2 Time Stamping Authority");
        assertThat(token.toCMSSignedData().getSignerInfos().getSigners().iterator().next().getEncryptionAlgOID())
                .isEqualTo(GMObjectIdentifiers.sm2sign_with_sm3.getId());
        assertThat(token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().setProvider("BC").build(unit)))
                .isTrue();
    }

    @Test
    void garbageSha1AndAnUnknownCaAreRejectedWithoutAServerError() throws Exception {
        TimeStampResponse garbage = response(post("/pki/tsa", "not a request".getBytes(StandardCharsets.UTF_8)));
        assertThat(garbage.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(garbage.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
        TimeStampResponse sha1 = response(post("/pki/tsa", request(OIWObjectIdentifiers.idSHA1, 20)));
        assertThat(sha1.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(sha1.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badAlg);
        HttpResponse<byte[]> unknown = post("/pki/tsa/nope-issuing",
                request(NISTObjectIdentifiers.id_sha256, 32));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(response(unknown).getStatus()).isEqualTo(PKIStatus.REJECTION);
    }

    private static byte[] request(org.bouncycastle.asn1.ASN1ObjectIdentifier digest, int length) throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        byte[] imprint = MessageDigest.getInstance("SHA-512").digest("data".getBytes(StandardCharsets.UTF_8));
        return generator.generate(digest, java.util.Arrays.copyOf(imprint, length), BigInteger.valueOf(42))
                .getEncoded();
    }

    private static TimeStampResponse response(HttpResponse<byte[]> reply) throws Exception {
        assertThat(reply.statusCode()).isEqualTo(200);
        return new TimeStampResponse(reply.body());
    }

    private static TimeStampToken granted(HttpResponse<byte[]> reply) throws Exception {
        TimeStampResponse response = response(reply);
        assertThat(response.getStatus()).as(response.getStatusString()).isEqualTo(PKIStatus.GRANTED);
        assertThat(response.getTimeStampToken().getTimeStampInfo().getNonce()).isEqualTo(BigInteger.valueOf(42));
        return response.getTimeStampToken();
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder unitCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        assertThat(matches).hasSize(1);
        return matches.iterator().next();
    }

    private HttpResponse<byte[]> post(String path, byte[] body) throws Exception {
        return server.post(path, "application/timestamp-query", body);
    }

    private byte[] get(String path) throws Exception {
        return server.get(path).body();
    }
}
