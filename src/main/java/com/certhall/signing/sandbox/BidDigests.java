package com.certhall.signing.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;

/**
 * What the sandbox bidding platform does as any partner would (docs/signing.md, "Sandbox bidding platform"): the hash
 * to send ({@code SHA-256} of the document, or for SM2 e = SM3(Z ‖ M) of GM/T 0003.2 §6.1 with the GM/T 0009 default
 * ID) and the check of the signature on the document with the certificate, through JCA only.
 */
final class BidDigests {

    static final byte[] SM2_DEFAULT_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    private BidDigests() {
    }

    static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        // the provider that reads SM2 keys is registered by the CA module at start-up
        return (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    static byte[] hash(String algorithm, PublicKey key, byte[] document) throws GeneralSecurityException {
        if (!"SM2".equals(algorithm)) {
            return MessageDigest.getInstance("SHA-256").digest(document);
        }
        MessageDigest sm3 = MessageDigest.getInstance("SM3", "BC");
        sm3.update(z((ECPublicKey) key));
        return sm3.digest(document);
    }

    static boolean verifies(String algorithm, PublicKey key, byte[] document, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = switch (algorithm) {
            case "SM2" -> Signature.getInstance("SM3withSM2", "BC");
            case "EC_P256" -> Signature.getInstance("SHA256withECDSA");
            default -> Signature.getInstance("SHA256withRSA");
        };
        verifier.initVerify(key);
        verifier.update(document);
        return verifier.verify(signature);
    }

    /** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA), GM/T 0003.2-2012 §5.5. */
    private static byte[] z(ECPublicKey key) throws GeneralSecurityException {
        ECParameterSpec curve = key.getParams();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int bits = SM2_DEFAULT_ID.length * 8;
        out.write(bits >> 8);
        out.write(bits & 0xff);
        out.writeBytes(SM2_DEFAULT_ID);
        for (BigInteger v : new BigInteger[] {curve.getCurve().getA(), curve.getCurve().getB(),
                curve.getGenerator().getAffineX(), curve.getGenerator().getAffineY(), key.getW().getAffineX(),
                key.getW().getAffineY()}) {
            out.writeBytes(fixed(v));
        }
        return MessageDigest.getInstance("SM3", "BC").digest(out.toByteArray());
    }

    private static byte[] fixed(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}
