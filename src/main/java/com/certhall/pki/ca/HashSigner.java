package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
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

    /** The RSA private-key primitive RSASP1 (RFC 8017 §5.2.1), for a provider without a raw RSA signature. */
    private static final String RAW_RSA = "RSA/ECB/NoPadding";

    /** GM/T 0003.5-2012's curve, and its base point with the comb table built once (see {@code Sm2}). */
    private static final X9ECParameters SM2P256V1 = CustomNamedCurves.getByName("sm2p256v1");
    private static final ECPoint SM2_G = SM2P256V1.getG().normalize();

    private HashSigner() {
    }

    /** The byte length every hash for this algorithm has (SHA-256 or SM3: 32). */
    static int hashLength(KeyAlgorithm algorithm) {
        return 32;
    }

    /**
     * A key ready to sign hashes: the private key in the form its provider signs with, and that provider. A sealed
     * P-256 or RSA key goes to the JVM's {@link SignatureEngine} provider (docs/pki.md "Crypto engine"), an SM2 key
     * stays with Bouncy Castle, a token key with its PKCS#11 provider.
     */
    record SigningKey(KeyAlgorithm algorithm, PrivateKey key, Provider provider) {

        @Override
        public String toString() {
            return "SigningKey[" + algorithm + ", " + provider.getName() + "]";
        }
    }

    /**
     * Reads a cloud key's PKCS#8 straight into the signing provider's form: one parse per call, no Bouncy Castle
     * key object on the way, and for P-256 none whose fresh base point would make Bouncy Castle build its comb table
     * again for the call's first signature (docs/benchmarks.md "Cloud signing"). The provider must offer the raw
     * signature of {@link #signAll}; otherwise, or if it refuses the key, Bouncy Castle reads it.
     */
    static SigningKey fromPkcs8(KeyAlgorithm algorithm, byte[] pkcs8) {
        Provider fast = SignatureEngine.current().providerFor(algorithm);
        if (fast != Crypto.BC && (fast.getService("Signature", rawName(algorithm)) != null
                || algorithm != KeyAlgorithm.EC_P256 && fast.getService("Cipher", RAW_RSA) != null)) {
            try {
                return new SigningKey(algorithm, KeyFactory.getInstance(SignatureEngine.keyType(algorithm), fast)
                        .generatePrivate(new PKCS8EncodedKeySpec(pkcs8)), fast);
            } catch (GeneralSecurityException | RuntimeException e) {
                // a key form the fast provider does not take: Bouncy Castle signs it
            }
        }
        try {
            return new SigningKey(algorithm, KeyFactory.getInstance(SignatureEngine.keyType(algorithm), Crypto.BC)
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8)), Crypto.BC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read a sealed " + algorithm + " cloud key", e);
        }
    }

    /**
     * Signs each hash in order with one signature object initialised once for the call (JCA: after {@code sign}
     * the object is ready for the next signature with the same key).
     */
    static List<byte[]> signAll(SigningKey key, List<byte[]> hashes) {
        for (byte[] hash : hashes) {
            if (hash.length != hashLength(key.algorithm())) {
                throw new IllegalArgumentException("a hash for " + key.algorithm() + " has 32 bytes, not "
                        + hash.length);
            }
        }
        List<byte[]> signatures = new ArrayList<>(hashes.size());
        if (key.algorithm() == KeyAlgorithm.SM2) {
            Sm2 sm2 = new Sm2(key.key());
            for (byte[] hash : hashes) {
                signatures.add(sm2.sign(hash));
            }
            return signatures;
        }
        boolean rsa = key.algorithm() != KeyAlgorithm.EC_P256;
        // a key in memory whose provider has no raw RSA signature (ACCP); a token's key stays with the JDK's own
        // NONEwithRSA over the token's PKCS#1 cipher (its key object is no RSAKey: its modulus stays on the token)
        if (rsa && key.key() instanceof RSAKey && key.provider().getService("Signature", rawName(key.algorithm()))
                == null) {
            return rsaPrimitive(key, hashes);
        }
        try {
            Signature signature = Signature.getInstance(rawName(key.algorithm()), key.provider());
            signature.initSign(key.key(), Crypto.random());
            for (byte[] hash : hashes) {
                if (rsa) {
                    signature.update(SHA256_DIGEST_INFO);
                }
                signature.update(hash);
                signatures.add(signature.sign());
            }
            return signatures;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the " + key.algorithm() + " cloud key", e);
        }
    }

    /**
     * RSASSA-PKCS1-v1_5 (RFC 8017 §8.2.1) where the provider offers the RSA private-key primitive but no raw
     * signature (ACCP): EM = 0x00 ‖ 0x01 ‖ 0xFF… ‖ 0x00 ‖ DigestInfo ‖ H (EMSA-PKCS1-v1_5, §9.2), then s = RSASP1(K, EM)
     * (§5.2.1) by the provider's blinded, checked private-key operation on the encoded block.
     */
    private static List<byte[]> rsaPrimitive(SigningKey key, List<byte[]> hashes) {
        int k = (((RSAKey) key.key()).getModulus().bitLength() + 7) / 8;
        int tLen = SHA256_DIGEST_INFO.length + 32;
        if (k < tLen + 11) {
            throw new IllegalStateException("an RSA modulus of " + k + " bytes is too short for a SHA-256 signature");
        }
        try {
            Cipher primitive = Cipher.getInstance(RAW_RSA, key.provider());
            primitive.init(Cipher.DECRYPT_MODE, key.key());
            List<byte[]> signatures = new ArrayList<>(hashes.size());
            byte[] encoded = new byte[k];
            encoded[1] = 0x01;
            Arrays.fill(encoded, 2, k - tLen - 1, (byte) 0xFF);
            System.arraycopy(SHA256_DIGEST_INFO, 0, encoded, k - tLen, SHA256_DIGEST_INFO.length);
            for (byte[] hash : hashes) {
                System.arraycopy(hash, 0, encoded, k - 32, 32);
                signatures.add(primitive.doFinal(encoded));
            }
            return signatures;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the " + key.algorithm() + " cloud key", e);
        }
    }

    /** ECDSA over the given hash; RSA PKCS#1 v1.5 over the DigestInfo the caller feeds in (RFC 8017 §9.2). */
    private static String rawName(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case SM2 -> "SM3withSM2";
            case EC_P256 -> "NONEwithECDSA";
            case RSA_2048, RSA_3072 -> "NONEwithRSA";
        };
    }

    /**
     * GM/T 0003.2-2012 §6.1 steps A3–A7 on a given e (step A2, e = SM3(Z‖M), is the caller's): k random,
     * (x1, y1) = [k]G, r = (e + x1) mod n, s = (1 + d)⁻¹ · (k − r·d) mod n, retried when r = 0, r + k = n or s = 0.
     * One per call: (1 + d)⁻¹ and the base point are found once for all the call's hashes.
     */
    private static final class Sm2 {

        private final BigInteger n;
        private final BigInteger d;
        private final BigInteger inverse;
        private final ECPoint g;
        private final FixedPointCombMultiplier multiplier = new FixedPointCombMultiplier();

        Sm2(PrivateKey key) {
            ECPrivateKey ec = (ECPrivateKey) key;
            n = ec.getParameters().getN();
            // the comb table of [k]G is kept on the point object: a key unsealed for one call brings a new G each
            // time, so the curve's own G, kept here, spares building the table for every call (only x1 is used)
            ECPoint keyG = ec.getParameters().getG().normalize();
            g = n.equals(SM2P256V1.getN())
                    && keyG.getAffineXCoord().toBigInteger().equals(SM2_G.getAffineXCoord().toBigInteger())
                    && keyG.getAffineYCoord().toBigInteger().equals(SM2_G.getAffineYCoord().toBigInteger())
                    ? SM2_G : keyG;
            d = ec.getD();
            inverse = d.add(BigInteger.ONE).modInverse(n);
        }

        byte[] sign(byte[] hash) {
            BigInteger e = new BigInteger(1, hash);
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
}
