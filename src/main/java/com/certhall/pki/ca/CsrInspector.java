package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.shared.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Checks a PKCS#10 request: readable, a key of the requested algorithm (RSA ≥ 2048 bits, P-256, SM2 on
 * sm2p256v1), and a valid self-signature (proof of possession; SM2 with the default user ID). Every refusal is an
 * {@link InvalidInputException} on field {@code csr}. Only the public key is used; the CSR's subject is ignored.
 */
public final class CsrInspector {

    public static final String FIELD = "csr";
    private static final int MAX_RSA_BITS = 8192;

    private CsrInspector() {
    }

    /** The verified public key of the request. */
    public static SubjectPublicKeyInfo publicKeyOf(String csr, KeyAlgorithm requested) {
        PKCS10CertificationRequest request = parse(csr);
        SubjectPublicKeyInfo spki = request.getSubjectPublicKeyInfo();
        checkKey(spki, requested);
        boolean valid;
        try {
            valid = request.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().setProvider(Crypto.BC).build(spki));
        } catch (Exception e) {
            valid = false;
        }
        if (!valid) {
            throw refuse("signature", "validation.pki.csr.signature");
        }
        return spki;
    }

    private static PKCS10CertificationRequest parse(String csr) {
        try {
            String text = csr.strip();
            if (text.startsWith("-----BEGIN")) {
                try (PEMParser parser = new PEMParser(new StringReader(text))) {
                    Object object = parser.readObject();
                    if (object instanceof PKCS10CertificationRequest request) {
                        return request;
                    }
                }
                throw refuse("format", "validation.pki.csr.format");
            }
            return new PKCS10CertificationRequest(Base64.getMimeDecoder().decode(text));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw refuse("format", "validation.pki.csr.format");
        }
    }

    private static void checkKey(SubjectPublicKeyInfo spki, KeyAlgorithm requested) {
        ASN1ObjectIdentifier keyAlgorithm = spki.getAlgorithm().getAlgorithm();
        KeyAlgorithm found;
        if (PKCSObjectIdentifiers.rsaEncryption.equals(keyAlgorithm)) {
            int bits = rsaBits(spki);
            if (bits < 2048) {
                throw refuse("weakKey", "validation.pki.csr.weakKey", bits);
            }
            if (bits > MAX_RSA_BITS) {
                throw refuse("unsupportedKey", "validation.pki.csr.unsupportedKey");
            }
            found = bits >= 3072 ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.RSA_2048;
            if (requested == KeyAlgorithm.RSA_2048 && found == KeyAlgorithm.RSA_3072) {
                found = KeyAlgorithm.RSA_2048;
            }
        } else if (X9ObjectIdentifiers.id_ecPublicKey.equals(keyAlgorithm)
                || GMObjectIdentifiers.sm2p256v1.equals(keyAlgorithm)) {
            found = curveOf(spki);
        } else {
            throw refuse("unsupportedKey", "validation.pki.csr.unsupportedKey");
        }
        if (found != requested) {
            throw refuse("algorithmMismatch", "validation.pki.csr.algorithmMismatch", requested.name(), found.name());
        }
    }

    private static KeyAlgorithm curveOf(SubjectPublicKeyInfo spki) {
        ASN1ObjectIdentifier keyAlgorithm = spki.getAlgorithm().getAlgorithm();
        if (GMObjectIdentifiers.sm2p256v1.equals(keyAlgorithm)) {
            return KeyAlgorithm.SM2;
        }
        if (!(spki.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve)) {
            throw refuse("curve", "validation.pki.csr.curve");
        }
        if (SECObjectIdentifiers.secp256r1.equals(curve)) {
            return KeyAlgorithm.EC_P256;
        }
        if (GMObjectIdentifiers.sm2p256v1.equals(curve)) {
            return KeyAlgorithm.SM2;
        }
        throw refuse("curve", "validation.pki.csr.curve");
    }

    private static int rsaBits(SubjectPublicKeyInfo spki) {
        try {
            BigInteger modulus = RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus();
            return modulus.bitLength();
        } catch (IOException | RuntimeException e) {
            throw refuse("format", "validation.pki.csr.format");
        }
    }

    private static InvalidInputException refuse(String code, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = FIELD;
        System.arraycopy(args, 0, all, 1, args.length);
        return InvalidInputException.of(FIELD, code, key, all);
    }
}
