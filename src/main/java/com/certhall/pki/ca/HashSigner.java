package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Signs a hash computed elsewhere (the CSC {@code signHash} model, docs/signing.md): the caller hashed the document,
 * the key only signs the hash.
 */
final class HashSigner {

    /** DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256 (RFC 8017 §9.2, note 1). */
    private static final byte[] SHA256_DIGEST_INFO = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, (byte) 0x86, 0x48, 0x01,
        0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};

    /** GM/T 0003.5-2012's curve, and its base point with the comb table built once (see {@code sm2}). */
    private static final X9ECParameters SM2P256V1 = CustomNamedCurves.getByName("sm2p256v1");
    private static final ECPoint SM2_G = SM2P256V1.getG().normalize();

    private HashSigner() {
    }

    /** The byte length every hash for this algorithm has (SHA-256 or SM3: 32). */
    static int hashLength(KeyAlgorithm algorithm) {
        return 32;
    }

    static byte[] sign(KeyAlgorithm algorithm, PrivateKey key, Provider provider, byte[] hash) {
        if (hash.length != hashLength(algorithm)) {
            throw new IllegalArgumentException("a hash for " + algorithm + " has 32 bytes, not " + hash.length);
        }
        try {
            return switch (algorithm) {
                case SM2 -> sm2(key, hash);
                case EC_P256 -> raw("NONEwithECDSA", key, provider, hash);
                case RSA_2048, RSA_3072 -> raw("NONEwithRSA", key, provider, digestInfo(hash));
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the " + algorithm + " cloud key", e);
        }
    }

    private static byte[] raw(String name, PrivateKey key, Provider provider, byte[] input)
            throws GeneralSecurityException {
        Signature signature = Signature.getInstance(name, provider);
        signature.initSign(key, Crypto.random());
        signature.update(input);
        return signature.sign();
    }

    private static byte[] digestInfo(byte[] hash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(SHA256_DIGEST_INFO.length + hash.length);
        out.writeBytes(SHA256_DIGEST_INFO);
        out.writeBytes(hash);
        return out.toByteArray();
    }

    /**
     * GM/T 0003.2-2012 §6.1 steps A3–A7 on a given e (step A2, e = SM3(Z‖M), is the caller's): k random,
     * (x1, y1) = [k]G, r = (e + x1) mod n, s = (1 + d)⁻¹ · (k − r·d) mod n, retried when r = 0, r + k = n or s = 0.
     */
    private static byte[] sm2(PrivateKey key, byte[] hash) {
        ECPrivateKey ec = (ECPrivateKey) key;
        BigInteger n = ec.getParameters().getN();
        // the comb table of [k]G is kept on the point object: a key unsealed for one call brings a new G each time,
        // so the curve's own G, kept here, spares building the table for every signature (only x1 is used)
        ECPoint keyG = ec.getParameters().getG().normalize();
        ECPoint g = n.equals(SM2P256V1.getN())
                && keyG.getAffineXCoord().toBigInteger().equals(SM2_G.getAffineXCoord().toBigInteger())
                && keyG.getAffineYCoord().toBigInteger().equals(SM2_G.getAffineYCoord().toBigInteger())
                ? SM2_G : keyG;
        BigInteger d = ec.getD();
        BigInteger e = new BigInteger(1, hash);
        FixedPointCombMultiplier multiplier = new FixedPointCombMultiplier();
        BigInteger inverse = d.add(BigInteger.ONE).modInverse(n);
        while (true) {
            BigInteger k = new BigInteger(n.bitLength(), Crypto.random());
            if (k.signum() == 0 || k.compareTo(n) >= 0) {
                continue;
            }
            BigInteger x1 = multiplier.multiply(g, k).normalize().getAffineXCoord().toBigInteger();
            BigInteger r = e.add(x1).mod(n);
            if (r.signum() == 0 || r.add(k).equals(n)) {
                continue;
            }
            BigInteger s = inverse.multiply(k.subtract(r.multiply(d))).mod(n);
            if (s.signum() != 0) {
                try {
                    return StandardDSAEncoding.INSTANCE.encode(n, r, s);
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }
        }
    }
}
