package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.certhall.pki.ca.Crypto;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.Csrs;
import com.certhall.support.IntegrationTest;
import com.certhall.support.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** CSR edge cases: each is refused on field {@code csr} with its own code, and nothing is stored. */
@IntegrationTest
class CsrValidationTests {

    @Autowired
    CertificateAuthority authority;

    @TempDir
    Path dir;

    @Test
    void refusesATamperedSignature() throws Exception {
        String pem = PkiFixtures.csr(KeyAlgorithm.EC_P256);
        PKCS10CertificationRequest request = new PKCS10CertificationRequest(der(pem));
        byte[] encoded = request.getEncoded();
        encoded[encoded.length - 5] ^= 0x01; // inside the signature value
        assertRefused(KeyAlgorithm.EC_P256, base64Pem(encoded), "signature");
    }

    @Test
    void refusesWeakRsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", Crypto.BC);
        g.initialize(1024);
        assertRefused(KeyAlgorithm.RSA_2048, PkiFixtures.csr(g.generateKeyPair(), KeyAlgorithm.RSA_2048), "weakKey");
    }

    @Test
    void refusesAWrongCurve() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Crypto.BC);
        g.initialize(new ECGenParameterSpec("secp384r1"));
        assertRefused(KeyAlgorithm.EC_P256, PkiFixtures.csr(g.generateKeyPair(), KeyAlgorithm.EC_P256), "curve");
    }

    @Test
    void refusesAnUnsupportedKeyType() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519", Crypto.BC).generateKeyPair();
        assertRefused(KeyAlgorithm.EC_P256, Csrs.pem("CN=x", pair, "Ed25519"), "unsupportedKey");
    }

    @Test
    void refusesAKeyOfAnotherAlgorithm() {
        assertRefused(KeyAlgorithm.SM2, PkiFixtures.csr(KeyAlgorithm.EC_P256), "algorithmMismatch");
    }

    @Test
    void refusesGarbage() {
        assertRefused(KeyAlgorithm.EC_P256, "-----BEGIN CERTIFICATE REQUEST-----\nZ2FyYmFnZQ==\n"
                + "-----END CERTIFICATE REQUEST-----\n", "format");
        assertRefused(KeyAlgorithm.EC_P256, "\u0000\u0001 not a csr at all", "format");
    }

    @Test
    void refusesASha1SignedRequest() throws Exception {
        KeyPair pair = Crypto.generateKeyPair(KeyAlgorithm.RSA_2048);
        assertRefused(KeyAlgorithm.RSA_2048, PkiFixtures.pem(signed(pair, new JcaContentSignerBuilder("SHA1withRSA")
                .setProvider(Crypto.BC).build(pair.getPrivate()))), "weakSignature");
        KeyPair ec = Crypto.generateKeyPair(KeyAlgorithm.EC_P256);
        assertRefused(KeyAlgorithm.EC_P256, PkiFixtures.pem(signed(ec, new JcaContentSignerBuilder("SHA1withECDSA")
                .setProvider(Crypto.BC).build(ec.getPrivate()))), "weakSignature");
    }

    @Test
    void acceptsRsaPssWithSha256AndRefusesItWithSha1() throws Exception {
        KeyPair pair = Crypto.generateKeyPair(KeyAlgorithm.RSA_2048);
        String pss256 = PkiFixtures.pem(signed(pair, new JcaContentSignerBuilder("SHA256withRSAandMGF1")
                .setProvider(Crypto.BC).build(pair.getPrivate())));
        assertThat(authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.RSA_2048, pss256))
                .caName()).isEqualTo("rsa-issuing");
        assertRefused(KeyAlgorithm.RSA_2048, PkiFixtures.pem(signed(pair, new JcaContentSignerBuilder(
                "SHA1withRSAandMGF1").setProvider(Crypto.BC).build(pair.getPrivate()))), "weakSignature");
    }

    @Test
    void refusesDataAfterTheRequest() throws Exception {
        String pem = PkiFixtures.csr(KeyAlgorithm.EC_P256);
        assertRefused(KeyAlgorithm.EC_P256, pem + "<script>alert(1)</script>", "trailingData");
        assertRefused(KeyAlgorithm.EC_P256, pem + PkiFixtures.csr(KeyAlgorithm.EC_P256), "trailingData");
        byte[] der = der(pem);
        byte[] longer = java.util.Arrays.copyOf(der, der.length + 3);
        assertRefused(KeyAlgorithm.EC_P256, Base64.getEncoder().encodeToString(longer), "trailingData");
    }

    @Test
    void acceptsSm2RequestsSignedWithTheDefaultOrTheEmptyUserId() throws Exception {
        KeyPair pair = Crypto.generateKeyPair(KeyAlgorithm.SM2);
        for (byte[] id : List.of("1234567812345678".getBytes(StandardCharsets.US_ASCII), new byte[0])) {
            String csr = PkiFixtures.pem(signed(pair, new Sm2Signer(pair.getPrivate(), id)));
            IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL,
                    KeyAlgorithm.SM2, csr));
            assertThat(issued.caName()).isEqualTo("sm2-issuing");
        }
        assertRefused(KeyAlgorithm.SM2, PkiFixtures.pem(signed(pair, new Sm2Signer(pair.getPrivate(),
                "another-id".getBytes(StandardCharsets.US_ASCII)))), "signature");
    }

    @Test
    void acceptsAnSm2RequestMadeByOpenssl3() throws Exception {
        TestEnvironment.requireCommand("openssl");
        PkiFixtures.run(dir, "openssl", "genpkey", "-algorithm", "SM2", "-out", "sm2.key");
        var made = PkiFixtures.run(dir, "openssl", "req", "-new", "-key", "sm2.key", "-sm3", "-subj", "/CN=x",
                "-out", "sm2.csr");
        assertThat(made.exit()).as(made.output()).isZero();
        String csr = Files.readString(dir.resolve("sm2.csr"));
        assertThat(authority.issue(PkiFixtures.request(CertificateProfile.PERSONAL, KeyAlgorithm.SM2, csr))
                .algorithm()).isEqualTo(KeyAlgorithm.SM2);
    }

    private static PKCS10CertificationRequest signed(KeyPair pair, ContentSigner signer) {
        return Csrs.request("CN=x", pair, signer);
    }

    /** SM3withSM2 with a chosen user ID (GM/T 0009), which BC's JcaContentSignerBuilder does not take. */
    private record Sm2Signer(PrivateKey key, byte[] id, ByteArrayOutputStream data) implements ContentSigner {

        Sm2Signer(PrivateKey key, byte[] id) {
            this(key, id, new ByteArrayOutputStream());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);
        }

        @Override
        public OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            try {
                Signature signature = Signature.getInstance("SM3withSM2", Crypto.BC);
                signature.setParameter(new SM2ParameterSpec(id));
                signature.initSign(key);
                signature.update(data.toByteArray());
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void assertRefused(KeyAlgorithm algorithm, String csr, String code) {
        IssuanceRequest request = PkiFixtures.request(CertificateProfile.PERSONAL, algorithm, csr);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> authority.issue(request));
        assertThat(e).as(code).isNotNull();
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("csr");
            assertThat(v.code()).isEqualTo(code);
        });
        assertThat(authority.findByRequestId(request.requestId())).isEmpty();
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    private static String base64Pem(byte[] der) {
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }
}
