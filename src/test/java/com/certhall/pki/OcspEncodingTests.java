package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.pki.ca.Crypto;
import com.certhall.pki.ocsp.OcspResponder;
import com.certhall.support.ServerHttp;
import com.certhall.support.TestEnvironment;
import com.certhall.support.WebIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OCSP answers as written by {@code ocsp.ResponseWriter} (docs/pki.md "OCSP"), checked by verifiers that share no
 * code with it: openssl ({@code openssl ocsp}: signature, status, reason, nonce), the JDK's PKIX revocation checker
 * (P-256 and RSA; it has no SM2), and strict DER (re-encoding the parsed answer gives the same octets).
 */
@WebIntegrationTest
class OcspEncodingTests {

    @Autowired
    CertificateAuthority authority;

    @Autowired
    ServerHttp server;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"SM2", "EC_P256", "RSA_2048"})
    void goodRevokedAndUnknownVerifyWithOpensslWithAndWithoutNonce(KeyAlgorithm algorithm) throws Exception {
        TestEnvironment.requireCommand("openssl");
        IssuedCertificate good = issue(algorithm);
        IssuedCertificate revoked = issue(algorithm);
        authority.revoke(algorithm.issuingCaName(), revoked.serialHex(), RevocationReason.KEY_COMPROMISE,
                Instant.now().minus(1, ChronoUnit.DAYS));
        Path[] chain = PkiFixtures.writeChain(good.pemChain(), dir);
        Path trust = Files.writeString(dir.resolve("trust.pem"),
                Files.readString(chain[1]) + Files.readString(chain[2]));
        Path revokedPem = PkiFixtures.writeChain(revoked.pemChain(), dir)[0];
        String url = server.url("/pki/ocsp");
        String verified = algorithm == KeyAlgorithm.SM2 ? "Response verify skipped" : "Response verify OK";
        for (String nonce : List.of("-nonce", "-no_nonce")) {
            String at = algorithm + " " + nonce;
            var goodAnswer = openssl(algorithm, chain[1], trust, url, nonce, "-cert", chain[0].toString());
            assertThat(goodAnswer).as(at).contains(verified).contains(chain[0] + ": good")
                    .doesNotContain("WARNING").doesNotContain("rror");
            var revokedAnswer = openssl(algorithm, chain[1], trust, url, nonce, "-cert", revokedPem.toString());
            assertThat(revokedAnswer).as(at).contains(verified).contains(revokedPem + ": revoked")
                    .contains("keyCompromise").contains("Invalidity Date").doesNotContain("WARNING");
            var unknownAnswer = openssl(algorithm, chain[1], trust, url, nonce, "-serial", "0x1234567890abcdef");
            assertThat(unknownAnswer).as(at).contains(verified).contains(": unknown").doesNotContain("WARNING");
            assertThat(goodAnswer).as(at).contains(nonce.equals("-nonce") ? "OCSP Nonce" : "Response Data");
            if (nonce.equals("-no_nonce")) {
                assertThat(goodAnswer).as(at).doesNotContain("OCSP Nonce");
            }
        }
    }

    /**
     * openssl ocsp asks, checks the nonce and prints the answer. OpenSSL 3.0 verifies an SM2 OCSP signature without
     * the GM/T 0009 default user ID, so for SM2 it skips that step and the signature over the tbsResponseData is
     * checked by {@code openssl pkeyutl} with that ID instead (as {@link CloudKeyChecks} does).
     */
    private String openssl(KeyAlgorithm algorithm, Path issuer, Path trust, String url, String nonce,
            String... target) throws Exception {
        Path answer = dir.resolve("answer-" + java.util.UUID.randomUUID() + ".der");
        List<String> command = new java.util.ArrayList<>(List.of("openssl", "ocsp", "-issuer", issuer.toString(),
                "-url", url, nonce, "-resp_text", "-timeout", "30", "-respout", answer.toString()));
        command.addAll(algorithm == KeyAlgorithm.SM2 ? List.of("-noverify") : List.of("-CAfile", trust.toString()));
        command.addAll(List.of(target));
        String output = PkiFixtures.run(dir, command.toArray(String[]::new)).output();
        if (algorithm != KeyAlgorithm.SM2) {
            return output;
        }
        BasicOCSPResp basic = (BasicOCSPResp) OcspResponder.parse(Files.readAllBytes(answer)).getResponseObject();
        X509Certificate signer = (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                .generateCertificate(new ByteArrayInputStream(basic.getCerts()[0].getEncoded()));
        String signature = CloudKeyChecks.opensslVerify(algorithm, signer, basic.getTBSResponseData(),
                basic.getSignature(), dir);
        assertThat(signature).contains("Signature Verified Successfully");
        return output + "\nResponse verify skipped; signature: " + signature;
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"SM2", "EC_P256", "RSA_2048"})
    void answersAreStrictDerAndEchoTheNonce(KeyAlgorithm algorithm) throws Exception {
        IssuedCertificate good = issue(algorithm);
        IssuedCertificate revoked = issue(algorithm);
        authority.revoke(algorithm.issuingCaName(), revoked.serialHex(), RevocationReason.UNSPECIFIED, null);
        X509Certificate issuing = chain(good, Crypto.BC).get(1);
        for (BigInteger serial : List.of(serial(good), serial(revoked), BigInteger.valueOf(0x1234567890abL))) {
            for (byte[] nonce : new byte[][] {null, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6}}) {
                byte[] der = post(request(issuing, serial, nonce));
                assertThat(ASN1Primitive.fromByteArray(der).getEncoded(ASN1Encoding.DER)).as("DER").isEqualTo(der);
                BasicOCSPResp basic = (BasicOCSPResp) OcspResponder.parse(der).getResponseObject();
                assertThat(basic.getTBSResponseData()).isEqualTo(ASN1Primitive.fromByteArray(basic
                        .getTBSResponseData()).getEncoded(ASN1Encoding.DER));
                assertThat(basic.getProducedAt()).isEqualTo(basic.getResponses()[0].getThisUpdate());
                assertThat(basic.getResponses()[0].getCertID().getSerialNumber()).isEqualTo(serial);
                Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
                if (nonce == null) {
                    assertThat(echoed).isNull();
                    assertThat(basic.hasExtensions()).isFalse();
                } else {
                    assertThat(DEROctetString.getInstance(echoed.getExtnValue().getOctets()).getOctets())
                            .isEqualTo(nonce);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_2048"})
    void theJdkRevocationCheckerAcceptsGoodAndRejectsRevokedWithAndWithoutNonce(KeyAlgorithm algorithm)
            throws Exception {
        IssuedCertificate good = issue(algorithm);
        IssuedCertificate revoked = issue(algorithm);
        authority.revoke(algorithm.issuingCaName(), revoked.serialHex(), RevocationReason.AFFILIATION_CHANGED, null);
        for (byte[] nonce : new byte[][] {null, {1, 2, 3, 4, 5, 6, 7, 8}}) {
            assertThatCode(() -> validate(good, nonce)).doesNotThrowAnyException();
            assertThatThrownBy(() -> validate(revoked, nonce)).isInstanceOf(CertPathValidatorException.class)
                    .satisfies(e -> assertThat(((CertPathValidatorException) e).getReason())
                            .isEqualTo(CertPathValidatorException.BasicReason.REVOKED));
        }
    }

    /** The JDK's own PKIX (provider SUN), given our answer as a stapled response: it checks signature and status. */
    private void validate(IssuedCertificate issued, byte[] nonce) throws Exception {
        List<X509Certificate> chain = chain(issued, java.security.Security.getProvider("SUN"));
        byte[] answer = post(request(chain.get(1), serial(issued), nonce));
        CertPathValidator validator = CertPathValidator.getInstance("PKIX", "SUN");
        PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
        checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.ONLY_END_ENTITY,
                PKIXRevocationChecker.Option.NO_FALLBACK));
        checker.setOcspResponses(Map.of(chain.get(0), answer));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(chain.get(2), null)));
        parameters.addCertPathChecker(checker);
        validator.validate(CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, 2)),
                parameters);
    }

    private IssuedCertificate issue(KeyAlgorithm algorithm) {
        return authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL, algorithm,
                PkiFixtures.csr(algorithm)));
    }

    private static BigInteger serial(IssuedCertificate issued) {
        return new BigInteger(issued.serialHex(), 16);
    }

    private static byte[] request(X509Certificate issuer, BigInteger serial, byte[] nonce) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build()
                .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), serial);
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(id);
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                    false, new DEROctetString(nonce).getEncoded())));
        }
        return builder.build().getEncoded();
    }

    private byte[] post(byte[] request) throws Exception {
        HttpResponse<byte[]> response = server.post("/pki/ocsp", "application/ocsp-request", request);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static List<X509Certificate> chain(IssuedCertificate issued, java.security.Provider provider)
            throws Exception {
        return (List<X509Certificate>) CertificateFactory.getInstance("X.509", provider).generateCertificates(
                new ByteArrayInputStream(issued.pemChain().getBytes(StandardCharsets.US_ASCII)));
    }
}
