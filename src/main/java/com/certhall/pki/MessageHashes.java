package com.certhall.pki;

import com.certhall.pki.ca.Crypto;
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
 * A message as a cloud key signs it and a relying party checks it (docs/signing.md "Hashes"), through the JCA only:
 * the hash {@code signHash} takes — SHA-256 for RSA and P-256, e = SM3(Z‖M) for SM2 with Z over the GM/T 0009 default
 * ID (GM/T 0003.2-2012 §6.1) — and the check of a signature with SHA256withRSA, SHA256withECDSA or SM3withSM2 (default
 * ID). The CA's cloud keys and the sandbox bidding platform hash and check with this one implementation.
 */
public final class MessageHashes {

    private MessageHashes() {
    }

    /** The hash to sign for {@code message} with the key certified by {@code certificateDer}. */
    public static byte[] hash(KeyAlgorithm algorithm, byte[] certificateDer, byte[] message) {
        try {
            if (algorithm != KeyAlgorithm.SM2) {
                return MessageDigest.getInstance("SHA-256").digest(message);
            }
            MessageDigest sm3 = MessageDigest.getInstance("SM3", Crypto.BC);
            sm3.update(z((ECPublicKey) publicKey(certificateDer)));
            return sm3.digest(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash for " + algorithm, e);
        }
    }

    /** Whether {@code signature} is one of {@code message} by the key certified by {@code certificateDer}. */
    public static boolean verifies(KeyAlgorithm algorithm, byte[] certificateDer, byte[] message, byte[] signature) {
        try {
            Signature verifier = switch (algorithm) {
                case SM2 -> Signature.getInstance("SM3withSM2", Crypto.BC);
                case EC_P256 -> Signature.getInstance("SHA256withECDSA", Crypto.BC);
                case RSA_2048, RSA_3072 -> Signature.getInstance("SHA256withRSA", Crypto.BC);
            };
            verifier.initVerify(publicKey(certificateDer));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        return ((X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                .generateCertificate(new ByteArrayInputStream(der))).getPublicKey();
    }

    /** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA), GM/T 0003.2-2012 §5.5, ID the GM/T 0009 default. */
    private static byte[] z(ECPublicKey key) throws GeneralSecurityException {
        byte[] id = Crypto.SM2_USER_ID.getBytes(StandardCharsets.US_ASCII);
        ECParameterSpec curve = key.getParams();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((id.length * 8) >> 8);
        out.write((id.length * 8) & 0xff);
        out.writeBytes(id);
        for (BigInteger v : new BigInteger[] {curve.getCurve().getA(), curve.getCurve().getB(),
                curve.getGenerator().getAffineX(), curve.getGenerator().getAffineY(), key.getW().getAffineX(),
                key.getW().getAffineY()}) {
            out.writeBytes(fixed32(v));
        }
        return MessageDigest.getInstance("SM3", Crypto.BC).digest(out.toByteArray());
    }

    private static byte[] fixed32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}
