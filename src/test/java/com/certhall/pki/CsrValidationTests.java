package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.certhall.pki.ca.Crypto;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.IntegrationTest;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CSR edge cases: each is refused on field {@code csr} with its own code, and nothing is stored. */
@IntegrationTest
class CsrValidationTests {

    @Autowired
    CertificateAuthority authority;

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
        var request = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                new org.bouncycastle.asn1.x500.X500Name("CN=x"), pair.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("Ed25519").setProvider(Crypto.BC)
                        .build(pair.getPrivate()));
        assertRefused(KeyAlgorithm.EC_P256, PkiFixtures.pem(request), "unsupportedKey");
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
