package com.certhall.orders;

import com.certhall.shared.CertificateRequestCheck;
import com.certhall.shared.InvalidInputException;
import com.certhall.support.Csrs;
import java.io.StringReader;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * A test stand-in for the pki module's checker (src/test only): parses the PEM, verifies the self-signature and
 * compares the key with the requested algorithm by the catalog's names. Also makes CSRs for the tests.
 */
public class TestCertificateRequestCheck implements CertificateRequestCheck {

    @Override
    public void check(String pem, String requestedKeyAlgorithm) {
        String found = inspect(pem);
        if (!found.equals(requestedKeyAlgorithm)) {
            throw InvalidInputException.of("csr", "algorithmMismatch", "orders.csr.keyAlgorithm", "csr", found,
                    requestedKeyAlgorithm);
        }
    }

    private static String inspect(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object parsed = parser.readObject();
            if (!(parsed instanceof PKCS10CertificationRequest request)) {
                throw new IllegalArgumentException("not a PKCS#10 request");
            }
            JcaPKCS10CertificationRequest jca = new JcaPKCS10CertificationRequest(request);
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(jca.getPublicKey()))) {
                throw new IllegalArgumentException("bad self-signature");
            }
            if (jca.getPublicKey() instanceof RSAPublicKey rsa) {
                int bits = rsa.getModulus().bitLength();
                return "RSA_" + bits;
            }
            if (jca.getPublicKey() instanceof ECPublicKey ec) {
                int bits = ec.getParams().getCurve().getField().getFieldSize();
                return bits == 256 ? "EC_P256" : "EC_P" + bits;
            }
            throw new IllegalArgumentException("unsupported key");
        } catch (Exception e) {
            throw InvalidInputException.of("csr", "invalid", "orders.csr.invalid", "csr");
        }
    }

    /** A fresh PEM CSR: {@code "EC"} (P-256) or {@code "RSA"} (2048). */
    public static String csr(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if ("EC".equals(algorithm)) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(2048);
            }
            return Csrs.pem("CN=张医生,O=安康医院,C=CN", generator.generateKeyPair(),
                    "EC".equals(algorithm) ? "SHA256withECDSA" : "SHA256withRSA");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
