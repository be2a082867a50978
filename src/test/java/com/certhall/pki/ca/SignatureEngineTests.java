package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.support.Openssl;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The crypto engine: certificates signed through it verify with the JDK's own providers and with openssl. */
class SignatureEngineTests {

    @TempDir
    Path dir;

    @Test
    void conscryptIsChosenWhereItLoadsAndCanBeSwitchedOff() {
        assumeTrue(org.conscrypt.Conscrypt.isAvailable() || System.getenv("CI") != null,
                "Conscrypt's native library does not load on this platform");
        SignatureEngine fast = SignatureEngine.choose(true);
        assertThat(fast.name()).isEqualTo("conscrypt");
        assertThat(fast.providerFor(KeyAlgorithm.EC_P256).getName()).isEqualTo("Conscrypt");
        assertThat(fast.providerFor(KeyAlgorithm.SM2)).isSameAs(Crypto.BC);

        SignatureEngine off = SignatureEngine.choose(false);
        assertThat(off.name()).isEqualTo("bouncy-castle");
        assertThat(off.reason()).contains(SignatureEngine.PROPERTY);
        assertThat(off.providerFor(KeyAlgorithm.RSA_2048)).isSameAs(Crypto.BC);
    }

    @ParameterizedTest
    @CsvSource({"true,EC_P256", "true,RSA_2048", "false,EC_P256", "false,RSA_2048", "true,SM2"})
    void certificatesSignedThroughTheEngineVerifyWithTheJdkAndOpenssl(boolean conscrypt, KeyAlgorithm algorithm)
            throws Exception {
        SignatureEngine engine = SignatureEngine.choose(conscrypt);
        KeyPair pair = Crypto.generateKeyPair(algorithm);
        ContentSigner signer = algorithm == KeyAlgorithm.SM2
                ? new JcaCaSigner(algorithm, pair.getPublic(), pair.getPrivate(), Crypto.BC, "soft", "t")
                        .contentSigner()
                : DirectContentSigner.of(Crypto.signatureAlgorithm(algorithm),
                        engine.signingKey(pair.getPrivate(), algorithm), engine.providerFor(algorithm));
        X500Name name = new X500Name("CN=engine test");
        byte[] der = new JcaX509v3CertificateBuilder(name, BigInteger.TEN, new Date(),
                new Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic()).build(signer).getEncoded();

        if (algorithm != KeyAlgorithm.SM2) {
            X509Certificate jdk = (X509Certificate) CertificateFactory.getInstance("X.509", "SUN")
                    .generateCertificate(new ByteArrayInputStream(der));
            Signature verifier = Signature.getInstance(Crypto.signatureAlgorithm(algorithm),
                    algorithm == KeyAlgorithm.EC_P256 ? "SunEC" : "SunRsaSign");
            verifier.initVerify(jdk.getPublicKey());
            verifier.update(jdk.getTBSCertificate());
            assertThat(verifier.verify(jdk.getSignature())).isTrue();
        }
        Path pem = Files.writeString(dir.resolve("c.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n");
        String openssl = openssl("verify", "-CAfile", pem.toString(), pem.toString());
        assertThat(openssl).contains(": OK");
    }

    @Test
    void theFastVerifierTellsGoodFromBadSignatures() throws Exception {
        SignatureEngine engine = SignatureEngine.choose(true);
        assumeTrue(engine.name().equals("conscrypt") || System.getenv("CI") != null, "Conscrypt does not load here");
        KeyPair pair = Crypto.generateKeyPair(KeyAlgorithm.EC_P256);
        byte[] data = "certification request info".getBytes(StandardCharsets.UTF_8);
        Signature s = Signature.getInstance("SHA256withECDSA", "SunEC");
        s.initSign(java.security.KeyFactory.getInstance("EC", "SunEC")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(pair.getPrivate().getEncoded())));
        s.update(data);
        byte[] signature = s.sign();
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
        var oid = org.bouncycastle.asn1.x9.X9ObjectIdentifiers.ecdsa_with_SHA256;

        assertThat(engine.verify(oid, spki, data, signature)).isTrue();
        data[0] ^= 1;
        assertThat(engine.verify(oid, spki, data, signature)).isFalse();
        assertThat(engine.verify(oid, spki, data, new byte[] {1, 2, 3})).isFalse();
        assertThat(SignatureEngine.choose(false).verify(oid, spki, data, signature)).isNull();
    }

    private String openssl(String... args) throws Exception {
        return new Openssl(dir).run(args);
    }
}
