package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.support.Openssl;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Security;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
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
        assumeTrue(loads(SignatureEngine.CONSCRYPT), "Conscrypt's native library does not load on this platform");
        SignatureEngine fast = SignatureEngine.choose(SignatureEngine.CONSCRYPT);
        assertThat(fast.name()).isEqualTo("conscrypt");
        assertThat(fast.providerFor(KeyAlgorithm.EC_P256).getName()).isEqualTo("Conscrypt");
        assertThat(fast.providerFor(KeyAlgorithm.SM2)).isSameAs(Crypto.BC);

        SignatureEngine off = SignatureEngine.fromSettings(Map.of(SignatureEngine.CONSCRYPT_PROPERTY, "false")::get);
        assertThat(off.name()).isEqualTo("bouncy-castle");
        assertThat(off.reason()).contains(SignatureEngine.CONSCRYPT_PROPERTY);
        assertThat(off.providerFor(KeyAlgorithm.RSA_2048)).isSameAs(Crypto.BC);
    }

    @Test
    void accpComesFirstThenConscryptThenBouncyCastleAndNoneIsInstalledJvmWide() {
        assumeTrue(loads(SignatureEngine.ACCP), "ACCP's native library does not load on this platform");
        SignatureEngine first = SignatureEngine.fromSettings(Map.<String, String>of()::get);
        assertThat(first.name()).isEqualTo("accp");
        assertThat(first.reason()).contains("ACCP 2.5.0", "AWS-LC");
        assertThat(first.providerFor(KeyAlgorithm.EC_P256).getName()).isEqualTo("AmazonCorrettoCryptoProvider");
        assertThat(first.providerFor(KeyAlgorithm.RSA_3072)).isSameAs(first.providerFor(KeyAlgorithm.RSA_2048));
        assertThat(first.providerFor(KeyAlgorithm.SM2)).isSameAs(Crypto.BC);
        // the application's own engine, the one every integration test's certificates, CRLs and OCSP answers use
        // (checked there with openssl and the JDK's PKIX), unless the build sets one of the properties
        if (System.getProperty(SignatureEngine.PROPERTY) == null
                && System.getProperty(SignatureEngine.CONSCRYPT_PROPERTY) == null) {
            assertThat(SignatureEngine.current().name()).isEqualTo("accp");
        }
        // chosen, never registered: TLS and every other JCA lookup by name keep the JDK's providers
        assertThat(Security.getProvider("AmazonCorrettoCryptoProvider")).isNull();
        assertThat(Security.getProvider("Conscrypt")).isNull();

        SignatureEngine conscrypt = SignatureEngine.fromSettings(Map.of(SignatureEngine.PROPERTY, "conscrypt",
                SignatureEngine.CONSCRYPT_PROPERTY, "true")::get);
        assertThat(conscrypt.name()).isEqualTo(loads(SignatureEngine.CONSCRYPT) ? "conscrypt" : "bouncy-castle");
        assertThat(conscrypt.reason()).contains(SignatureEngine.PROPERTY + "=conscrypt").doesNotContain("ACCP");

        SignatureEngine bc = SignatureEngine.fromSettings(Map.of(SignatureEngine.PROPERTY, " Bouncy-Castle ")::get);
        assertThat(bc.name()).isEqualTo("bouncy-castle");
        assertThat(bc.providerFor(KeyAlgorithm.EC_P256)).isSameAs(Crypto.BC);
        assertThat(bc.reason()).contains(SignatureEngine.PROPERTY + "=Bouncy-Castle");

        // the new property outranks the old one
        assertThat(SignatureEngine.fromSettings(Map.of(SignatureEngine.PROPERTY, "accp",
                SignatureEngine.CONSCRYPT_PROPERTY, "false")::get).name()).isEqualTo("accp");
        assertThatThrownBy(() -> SignatureEngine.fromSettings(Map.of(SignatureEngine.PROPERTY, "openssl")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SignatureEngine.PROPERTY).hasMessageContaining("openssl")
                .hasMessageContaining("accp, conscrypt, bouncy-castle");
    }

    /** Whether {@code engine}'s native library loads here; on the CI machine (Linux x86-64) both must. */
    private static boolean loads(String engine) {
        return SignatureEngine.choose(engine).name().equals(engine) || System.getenv("CI") != null;
    }

    @ParameterizedTest
    @CsvSource({"accp,EC_P256", "accp,RSA_2048", "accp,RSA_3072", "conscrypt,EC_P256", "conscrypt,RSA_2048",
        "bouncy-castle,EC_P256", "bouncy-castle,RSA_2048", "accp,SM2"})
    void certificatesSignedThroughTheEngineVerifyWithTheJdkAndOpenssl(String wanted, KeyAlgorithm algorithm)
            throws Exception {
        SignatureEngine engine = engine(wanted);
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

    @ParameterizedTest
    @CsvSource({"accp,EC_P256", "accp,RSA_2048", "conscrypt,EC_P256", "conscrypt,RSA_2048",
        "bouncy-castle,EC_P256", "bouncy-castle,RSA_2048"})
    void aKeysSignaturesAreKeptPerThreadAndNeverSharedBySignersInUse(String wanted, KeyAlgorithm algorithm)
            throws Exception {
        SignatureEngine engine = engine(wanted);
        KeyPair pair = Crypto.generateKeyPair(algorithm);
        PrivateKey key = engine.signingKey(pair.getPrivate(), algorithm);
        if (algorithm == KeyAlgorithm.RSA_2048) {
            assertThat(key).isInstanceOf(RSAPrivateCrtKey.class); // CRT kept: not the 4× slower bare exponent
        }
        var source = new DirectContentSigner.Source(Crypto.signatureAlgorithm(algorithm), key,
                engine.providerFor(algorithm));
        ContentSigner outer = source.next();
        ContentSigner inner = source.next(); // taken before outer finished: must not share its Signature
        outer.getOutputStream().write(new byte[] {1, 2});
        inner.getOutputStream().write(new byte[] {3});
        outer.getOutputStream().write(new byte[] {4});
        assertThat(jdkVerifies(algorithm, pair, new byte[] {3}, inner.getSignature())).isTrue();
        assertThat(jdkVerifies(algorithm, pair, new byte[] {1, 2, 4}, outer.getSignature())).isTrue();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < 30; i++) {
                byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
                futures.add(pool.submit(() -> {
                    ContentSigner signer = source.next();
                    signer.getOutputStream().write(message);
                    return jdkVerifies(algorithm, pair, message, signer.getSignature());
                }));
            }
            for (var future : futures) {
                assertThat(future.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static boolean jdkVerifies(KeyAlgorithm algorithm, KeyPair pair, byte[] message, byte[] signature)
            throws Exception {
        Signature verifier = Signature.getInstance(Crypto.signatureAlgorithm(algorithm),
                algorithm == KeyAlgorithm.EC_P256 ? "SunEC" : "SunRsaSign");
        verifier.initVerify(java.security.KeyFactory.getInstance(SignatureEngine.keyType(algorithm), "SunEC".equals(
                verifier.getProvider().getName()) ? "SunEC" : "SunRsaSign").generatePublic(
                        new java.security.spec.X509EncodedKeySpec(pair.getPublic().getEncoded())));
        verifier.update(message);
        return verifier.verify(signature);
    }

    /** The CSR check (proof of possession): a signature made by the JDK's own providers, P-256, P-384 and RSA. */
    @ParameterizedTest
    @CsvSource({"accp,EC,secp256r1,SHA256withECDSA,SunEC", "accp,EC,secp384r1,SHA384withECDSA,SunEC",
        "accp,RSA,2048,SHA256withRSA,SunRsaSign", "conscrypt,EC,secp256r1,SHA256withECDSA,SunEC",
        "conscrypt,RSA,2048,SHA256withRSA,SunRsaSign"})
    void theFastVerifierTellsGoodFromBadSignatures(String wanted, String type, String size, String algorithm,
            String jdk) throws Exception {
        SignatureEngine engine = engine(wanted);
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance(type, jdk);
        if (type.equals("EC")) {
            generator.initialize(new java.security.spec.ECGenParameterSpec(size));
        } else {
            generator.initialize(Integer.parseInt(size));
        }
        KeyPair pair = generator.generateKeyPair();
        byte[] data = "certification request info".getBytes(StandardCharsets.UTF_8);
        Signature s = Signature.getInstance(algorithm, jdk);
        s.initSign(pair.getPrivate());
        s.update(data);
        byte[] signature = s.sign();
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
        var oid = new org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder().find(algorithm)
                .getAlgorithm();

        assertThat(engine.verify(oid, spki, data, signature)).isTrue();
        data[0] ^= 1;
        assertThat(engine.verify(oid, spki, data, signature)).isFalse();
        assertThat(engine.verify(oid, spki, data, new byte[] {1, 2, 3})).isFalse();
        assertThat(SignatureEngine.choose(SignatureEngine.BOUNCY_CASTLE).verify(oid, spki, data, signature)).isNull();
    }

    /** The engine named, or the test is skipped where its native library does not load (never on CI). */
    private static SignatureEngine engine(String wanted) {
        SignatureEngine engine = SignatureEngine.choose(wanted);
        assumeTrue(engine.name().equals(wanted) || System.getenv("CI") != null, wanted + " does not load here");
        assertThat(engine.name()).isEqualTo(wanted);
        return engine;
    }

    private String openssl(String... args) throws Exception {
        return new Openssl(dir).run(args);
    }
}
