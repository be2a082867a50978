package com.certhall.pki.ca;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
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
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.conscrypt.Conscrypt;
import org.jspecify.annotations.Nullable;

/**
 * Which JCA provider computes ECDSA and RSA signatures (docs/pki.md "Crypto engine"), in this order: the Amazon
 * Corretto Crypto Provider (ACCP, AWS-LC), Conscrypt (BoringSSL), Bouncy Castle. The first whose native library
 * loads and which passes a sign-and-verify check against Bouncy Castle is taken. SM2 (GM/T 0003) always stays on
 * Bouncy Castle. Chosen once per JVM; {@code -Dcerthall.pki.engine=accp|conscrypt|bouncy-castle} (or the environment
 * variable {@code CERTHALL_PKI_ENGINE}) names the first engine tried, the later ones remaining as fallbacks; the older
 * {@code -Dcerthall.pki.conscrypt=false} ({@code CERTHALL_PKI_CONSCRYPT=false}) still forces Bouncy Castle. Neither
 * native provider is registered JVM-wide.
 */
public final class SignatureEngine {

    /** The first engine tried: {@code accp} (the default), {@code conscrypt} or {@code bouncy-castle}. */
    public static final String PROPERTY = "certhall.pki.engine";
    /** The setting before ACCP: {@code false} forces Bouncy Castle. */
    public static final String CONSCRYPT_PROPERTY = "certhall.pki.conscrypt";

    public static final String ACCP = "accp";
    public static final String CONSCRYPT = "conscrypt";
    public static final String BOUNCY_CASTLE = "bouncy-castle";
    /** The order of preference; Bouncy Castle, pure Java, is always there. */
    static final List<String> ORDER = List.of(ACCP, CONSCRYPT, BOUNCY_CASTLE);

    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.of(
            X9ObjectIdentifiers.ecdsa_with_SHA256, "SHA256withECDSA",
            X9ObjectIdentifiers.ecdsa_with_SHA384, "SHA384withECDSA",
            X9ObjectIdentifiers.ecdsa_with_SHA512, "SHA512withECDSA",
            PKCSObjectIdentifiers.sha256WithRSAEncryption, "SHA256withRSA",
            PKCSObjectIdentifiers.sha384WithRSAEncryption, "SHA384withRSA",
            PKCSObjectIdentifiers.sha512WithRSAEncryption, "SHA512withRSA");

    private final String name;
    private final @Nullable Provider fast;
    private final String reason;

    private SignatureEngine(String name, @Nullable Provider fast, String reason) {
        this.name = name;
        this.fast = fast;
        this.reason = reason;
    }

    /** The engine of this JVM, chosen at first use. */
    public static SignatureEngine current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final SignatureEngine CURRENT = fromSettings(property -> System.getProperty(property,
                System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'))));
    }

    /**
     * The engine the settings ask for; {@code settings} gives a setting's value by its property name (a system
     * property, else the environment variable of the same name in capitals with underscores), null when unset.
     */
    static SignatureEngine fromSettings(Function<String, @Nullable String> settings) {
        String engine = settings.apply(PROPERTY);
        if (engine != null && !engine.isBlank()) {
            return choose(engine.strip(), PROPERTY + "=" + engine.strip());
        }
        String conscrypt = settings.apply(CONSCRYPT_PROPERTY);
        if (conscrypt != null && conscrypt.strip().equalsIgnoreCase("false")) {
            return choose(BOUNCY_CASTLE, CONSCRYPT_PROPERTY + "=false");
        }
        return choose(ACCP);
    }

    /** The engines from {@code first} on, in {@link #ORDER}: the first that works (used by the benchmark too). */
    public static SignatureEngine choose(String first) {
        return choose(first, null);
    }

    /** As {@link #choose(String)}; {@code setBy} names the setting that chose {@code first}, for the reason. */
    static SignatureEngine choose(String first, @Nullable String setBy) {
        int from = ORDER.indexOf(first.toLowerCase(Locale.ROOT));
        if (from < 0) { // a typo must not silently pick another engine: the application does not start
            throw new IllegalArgumentException((setBy != null ? setBy : first) + ": " + PROPERTY
                    + " is one of " + String.join(", ", ORDER));
        }
        List<String> why = new ArrayList<>();
        if (setBy != null) {
            why.add("set by " + setBy);
        }
        for (String candidate : ORDER.subList(from, ORDER.size() - 1)) {
            try {
                Loaded loaded = candidate.equals(ACCP) ? Accp.load() : ConscryptLoader.load();
                selfTest(loaded.provider());
                why.add(loaded.description() + " loaded");
                return new SignatureEngine(candidate, loaded.provider(), String.join("; ", why));
            } catch (Throwable e) { // NoClassDefFoundError, UnsatisfiedLinkError: the fallback is the point
                why.add(candidate + " unusable: " + e);
            }
        }
        return new SignatureEngine(BOUNCY_CASTLE, null, String.join("; ", why));
    }

    private record Loaded(Provider provider, String description) {
    }

    /**
     * ACCP, touched only inside {@code choose}'s catch: a missing jar or native library is a fallback, not a crash.
     * Each native provider has a class of its own, so that one's absence does not fail the other's verification.
     */
    private static final class Accp {

        static Loaded load() throws GeneralSecurityException {
            AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE; // never install(): not global
            Throwable error = accp.getLoadingError();
            if (error != null) {
                throw new GeneralSecurityException("ACCP's native library did not load on this platform: " + error,
                        error);
            }
            accp.assertHealthy();
            return new Loaded(accp, "ACCP " + accp.getVersionStr() + " (" + accp.getAwsLcVersionStr() + ")");
        }
    }

    /** Conscrypt, as {@link Accp}. */
    private static final class ConscryptLoader {

        static Loaded load() throws GeneralSecurityException {
            if (!Conscrypt.isAvailable()) {
                throw new GeneralSecurityException("Conscrypt's native library did not load on this platform");
            }
            Conscrypt.Version v = Conscrypt.version();
            return new Loaded(Conscrypt.newProvider(), "Conscrypt " + v.major() + "." + v.minor() + "." + v.patch());
        }
    }

    /**
     * P-256 and RSA-2048, each signed by {@code provider} with a key converted as soft CA keys are and verified by
     * Bouncy Castle (DER ECDSA values, PKCS#1 v1.5), and a Bouncy Castle P-256 signature verified by {@code provider}
     * (the CSR check).
     */
    private static void selfTest(Provider provider) throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC", Crypto.BC);
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        check(provider, "SHA256withECDSA", ec.generateKeyPair());
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA", provider); // native: milliseconds, not BC's 100s
        rsa.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4));
        check(provider, "SHA256withRSA", rsa.generateKeyPair());
    }

    private static void check(Provider provider, String algorithm, KeyPair pair) throws GeneralSecurityException {
        String type = algorithm.endsWith("RSA") ? "RSA" : "EC";
        byte[] data = {1, 2, 3};
        Signature signer = Signature.getInstance(algorithm, provider);
        signer.initSign(convert(pair.getPrivate(), type, provider));
        signer.update(data);
        Signature verifier = Signature.getInstance(algorithm, Crypto.BC);
        verifier.initVerify(KeyFactory.getInstance(type, Crypto.BC)
                .generatePublic(new X509EncodedKeySpec(pair.getPublic().getEncoded())));
        verifier.update(data);
        if (!verifier.verify(signer.sign())) {
            throw new GeneralSecurityException(algorithm + " by " + provider.getName()
                    + " does not verify with Bouncy Castle");
        }
        if (type.equals("EC")) {
            Signature bc = Signature.getInstance(algorithm, Crypto.BC);
            bc.initSign(pair.getPrivate());
            bc.update(data);
            Signature check = Signature.getInstance(algorithm, provider);
            check.initVerify(KeyFactory.getInstance(type, provider)
                    .generatePublic(new X509EncodedKeySpec(pair.getPublic().getEncoded())));
            check.update(data);
            if (!check.verify(bc.sign())) {
                throw new GeneralSecurityException(provider.getName() + " rejects Bouncy Castle's " + algorithm);
            }
        }
    }

    /** {@code accp}, {@code conscrypt} or {@code bouncy-castle}: the provider of ECDSA and RSA signatures. */
    public String name() {
        return name;
    }

    /** Why this engine was chosen (and why any engine before it in {@link #ORDER} was not). */
    public String reason() {
        return reason;
    }

    /** The provider that signs and verifies with keys of {@code algorithm}. */
    public Provider providerFor(KeyAlgorithm algorithm) {
        return fast != null && algorithm != KeyAlgorithm.SM2 ? fast : Crypto.BC;
    }

    /** The key in the form {@link #providerFor} signs with fastest; converted once, when the key is loaded. */
    public PrivateKey signingKey(PrivateKey key, KeyAlgorithm algorithm) {
        Provider provider = providerFor(algorithm);
        if (provider == Crypto.BC) {
            return key;
        }
        try {
            return convert(key, keyType(algorithm), provider);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hand a " + algorithm + " key to " + provider.getName(), e);
        }
    }

    private static PrivateKey convert(PrivateKey key, String type, Provider provider) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance(type, provider);
        if (key instanceof RSAPrivateCrtKey crt) {
            // stated as a CRT key, so the provider keeps p, q and the CRT exponents (PKCS #1 §5.1.2: about
            // 4× faster than a bare private exponent) and says so by its type
            return factory.generatePrivate(new RSAPrivateCrtKeySpec(crt.getModulus(), crt.getPublicExponent(),
                    crt.getPrivateExponent(), crt.getPrimeP(), crt.getPrimeQ(), crt.getPrimeExponentP(),
                    crt.getPrimeExponentQ(), crt.getCrtCoefficient()));
        }
        return factory.generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
    }

    /**
     * Verifies an ECDSA or RSA (PKCS#1 v1.5) signature through the fast provider; null when it does not handle
     * this signature algorithm or key, so the caller checks it another way.
     */
    @Nullable Boolean verify(ASN1ObjectIdentifier signatureAlgorithm, SubjectPublicKeyInfo key, byte[] data,
            byte[] signature) {
        String algorithm = NAMES.get(signatureAlgorithm);
        if (fast == null || algorithm == null) {
            return null;
        }
        PublicKey publicKey;
        Signature verifier;
        try {
            publicKey = KeyFactory.getInstance(algorithm.endsWith("RSA") ? "RSA" : "EC", fast)
                    .generatePublic(new X509EncodedKeySpec(key.getEncoded()));
            verifier = Signature.getInstance(algorithm, fast);
            verifier.initVerify(publicKey);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return null; // a curve or key form the native library does not take: Bouncy Castle decides
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
        return name + " (" + reason + ")";
    }
}
