package com.certhall.pki.ca;

import com.certhall.pki.KeyAlgorithm;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.conscrypt.Conscrypt;
import org.jspecify.annotations.Nullable;

/**
 * Which JCA provider computes ECDSA and RSA signatures (docs/pki.md "Crypto engine"): Conscrypt (BoringSSL) when
 * its native library loads and passes a sign-and-verify check, Bouncy Castle otherwise. SM2 (GM/T 0003) always stays
 * on Bouncy Castle. Chosen once per JVM; {@code -Dcerthall.pki.conscrypt=false} (or the environment variable
 * {@code CERTHALL_PKI_CONSCRYPT=false}) forces Bouncy Castle.
 */
public final class SignatureEngine {

    public static final String PROPERTY = "certhall.pki.conscrypt";

    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.of(
            X9ObjectIdentifiers.ecdsa_with_SHA256, "SHA256withECDSA",
            X9ObjectIdentifiers.ecdsa_with_SHA384, "SHA384withECDSA",
            X9ObjectIdentifiers.ecdsa_with_SHA512, "SHA512withECDSA",
            PKCSObjectIdentifiers.sha256WithRSAEncryption, "SHA256withRSA",
            PKCSObjectIdentifiers.sha384WithRSAEncryption, "SHA384withRSA",
            PKCSObjectIdentifiers.sha512WithRSAEncryption, "SHA512withRSA");

    private final @Nullable Provider fast;
    private final String reason;

    private SignatureEngine(@Nullable Provider fast, String reason) {
        this.fast = fast;
        this.reason = reason;
    }

    /** The engine of this JVM, chosen at first use. */
    public static SignatureEngine current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final SignatureEngine CURRENT = choose(wanted());
    }

    private static boolean wanted() {
        String value = System.getProperty(PROPERTY, System.getenv("CERTHALL_PKI_CONSCRYPT"));
        return value == null || !value.strip().equalsIgnoreCase("false");
    }

    /** Conscrypt when {@code conscrypt} is true and it works here, else Bouncy Castle. */
    static SignatureEngine choose(boolean conscrypt) {
        if (!conscrypt) {
            return new SignatureEngine(null, "disabled by " + PROPERTY + "=false");
        }
        try {
            if (!Conscrypt.isAvailable()) {
                return new SignatureEngine(null, "Conscrypt's native library did not load on this platform");
            }
            Provider provider = Conscrypt.newProvider();
            selfTest(provider);
            return new SignatureEngine(provider, "Conscrypt " + Conscrypt.version().major() + "."
                    + Conscrypt.version().minor() + "." + Conscrypt.version().patch() + " loaded");
        } catch (Throwable e) { // NoClassDefFoundError, UnsatisfiedLinkError: the fallback is the point
            return new SignatureEngine(null, "Conscrypt unusable: " + e);
        }
    }

    private static void selfTest(Provider provider) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Crypto.BC);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        byte[] data = {1, 2, 3};
        Signature signer = Signature.getInstance("SHA256withECDSA", provider);
        signer.initSign(KeyFactory.getInstance("EC", provider).generatePrivate(
                new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded())));
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA", Crypto.BC);
        verifier.initVerify(pair.getPublic());
        verifier.update(data);
        if (!verifier.verify(signature)) {
            throw new GeneralSecurityException("Conscrypt's P-256 signature does not verify with Bouncy Castle");
        }
    }

    /** {@code conscrypt} or {@code bouncy-castle}: the provider of ECDSA and RSA signatures. */
    public String name() {
        return fast != null ? "conscrypt" : "bouncy-castle";
    }

    /** Why this engine was chosen. */
    public String reason() {
        return reason;
    }

    /** The provider that signs and verifies with keys of {@code algorithm}. */
    public Provider providerFor(KeyAlgorithm algorithm) {
        return fast != null && algorithm != KeyAlgorithm.SM2 ? fast : Crypto.BC;
    }

    /** The key in the form {@link #providerFor} signs with fastest; converted once, when the key is loaded. */
    PrivateKey signingKey(PrivateKey key, KeyAlgorithm algorithm) {
        Provider provider = providerFor(algorithm);
        if (provider == Crypto.BC) {
            return key;
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(keyType(algorithm), provider);
            if (key instanceof RSAPrivateCrtKey crt) {
                // stated as a CRT key, so the provider keeps p, q and the CRT exponents (PKCS #1 §5.1.2: about
                // 4× faster than a bare private exponent) and says so by its type
                return factory.generatePrivate(new RSAPrivateCrtKeySpec(crt.getModulus(), crt.getPublicExponent(),
                        crt.getPrivateExponent(), crt.getPrimeP(), crt.getPrimeQ(), crt.getPrimeExponentP(),
                        crt.getPrimeExponentQ(), crt.getCrtCoefficient()));
            }
            return factory.generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hand a " + algorithm + " key to " + provider.getName(), e);
        }
    }

    /**
     * Verifies an ECDSA or RSA (PKCS#1 v1.5) signature through the fast provider; null when it does not handle
     * this signature algorithm or key, so the caller checks it another way.
     */
    @Nullable Boolean verify(ASN1ObjectIdentifier signatureAlgorithm, SubjectPublicKeyInfo key, byte[] data,
            byte[] signature) {
        String name = NAMES.get(signatureAlgorithm);
        if (fast == null || name == null) {
            return null;
        }
        PublicKey publicKey;
        Signature verifier;
        try {
            publicKey = KeyFactory.getInstance(name.endsWith("RSA") ? "RSA" : "EC", fast)
                    .generatePublic(new X509EncodedKeySpec(key.getEncoded()));
            verifier = Signature.getInstance(name, fast);
            verifier.initVerify(publicKey);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return null; // a curve or key form BoringSSL does not take: Bouncy Castle decides
        }
        try {
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false; // a malformed signature value
        }
    }

    static String keyType(KeyAlgorithm algorithm) {
        return algorithm == KeyAlgorithm.RSA_2048 || algorithm == KeyAlgorithm.RSA_3072 ? "RSA" : "EC";
    }

    @Override
    public String toString() {
        return name() + " (" + reason + ")";
    }
}
