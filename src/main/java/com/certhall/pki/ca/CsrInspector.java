package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import com.certhall.shared.InvalidInputException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Checks a PKCS#10 request: readable, a key of the requested algorithm (RSA ≥ 2048 bits, P-256, SM2 on
 * sm2p256v1), a SHA-2 or SM3 signature, and a valid self-signature (proof of possession; SM2 with the GM/T 0009
 * default user ID or the empty one OpenSSL 3 uses); one PEM block or DER with nothing after it. Every refusal is an
 * {@link InvalidInputException} on field {@code csr}. Only the public key is used; the CSR's subject is ignored.
 */
public final class CsrInspector {

    public static final String FIELD = "csr";
    private static final int MAX_RSA_BITS = 8192;
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (?:NEW )?CERTIFICATE REQUEST-----([A-Za-z0-9+/=\\s]+)-----END (?:NEW )?CERTIFICATE REQUEST-----");
    /** SHA-2 and SM3 signatures only (PSS with a SHA-2 hash): SHA-1 and MD5 are refused (NIST SP 800-131A Rev. 2). */
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_SIGNATURES = Set.of(
            PKCSObjectIdentifiers.sha256WithRSAEncryption, PKCSObjectIdentifiers.sha384WithRSAEncryption,
            PKCSObjectIdentifiers.sha512WithRSAEncryption,
            X9ObjectIdentifiers.ecdsa_with_SHA256, X9ObjectIdentifiers.ecdsa_with_SHA384,
            X9ObjectIdentifiers.ecdsa_with_SHA512, GMObjectIdentifiers.sm2sign_with_sm3);
    private static final Set<ASN1ObjectIdentifier> SHA2 = Set.of(NISTObjectIdentifiers.id_sha256,
            NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private CsrInspector() {
    }

    /** The verified public key of the request. */
    public static SubjectPublicKeyInfo publicKeyOf(String csr, KeyAlgorithm requested) {
        PKCS10CertificationRequest request = parse(csr);
        SubjectPublicKeyInfo spki = request.getSubjectPublicKeyInfo();
        checkKey(spki, requested);
        if (!acceptedSignature(request.getSignatureAlgorithm())) {
            throw refuse("weakSignature", "validation.pki.csr.weakSignature");
        }
        if (!CsrSignatures.valid(request)) {
            throw refuse("signature", "validation.pki.csr.signature");
        }
        return spki;
    }

    private static boolean acceptedSignature(AlgorithmIdentifier algorithm) {
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(algorithm.getAlgorithm())) {
            try {
                return SHA2.contains(RSASSAPSSparams.getInstance(algorithm.getParameters()).getHashAlgorithm()
                        .getAlgorithm());
            } catch (RuntimeException e) {
                return false;
            }
        }
        return ACCEPTED_SIGNATURES.contains(algorithm.getAlgorithm());
    }

    private static PKCS10CertificationRequest parse(String csr) {
        try {
            String text = csr.strip();
            if (text.startsWith("-----BEGIN")) {
                // Exactly one PEM block and nothing after it: trailing data is refused, not ignored.
                Matcher pem = PEM.matcher(text);
                if (!pem.lookingAt()) {
                    throw refuse("format", "validation.pki.csr.format");
                }
                if (pem.end() != text.length()) {
                    throw refuse("trailingData", "validation.pki.csr.trailingData");
                }
                text = pem.group(1);
            }
            byte[] der = Base64.getMimeDecoder().decode(text);
            try (ASN1InputStream in = new ASN1InputStream(der)) {
                if (in.readObject() == null) {
                    throw refuse("format", "validation.pki.csr.format");
                }
                if (in.available() > 0) {
                    throw refuse("trailingData", "validation.pki.csr.trailingData");
                }
            }
            return new PKCS10CertificationRequest(der);
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
