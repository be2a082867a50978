package com.certhall.pki.ca;

import com.certhall.audit.AuditKeys;
import com.certhall.shared.Hmac;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The audit chain's keys next to the soft CA keys: {@code ${certhall.data-dir}/ca/audit-keys.p12}, under
 * {@code certhall.pki.keystore-password}, holding a 256-bit HMAC-SHA256 key ({@code audit-mac}) and a P-256 key
 * with a self-signed certificate ({@code audit-signer}, SHA256withECDSA) for checkpoints. Made on first use; the
 * file must be backed up with the CA keys, because without it the chain can no longer be verified.
 */
@Component
class AuditKeyStore implements AuditKeys {

    private static final String MAC_ALIAS = "audit-mac";
    private static final String SIGNER_ALIAS = "audit-signer";
    private static final String SIGNATURE = "SHA256withECDSA";

    private final Path file;
    private final PkiProperties properties;
    private final Environment environment;
    private final Clock clock;
    /** Read, or made and stored, on first use: once, whichever thread comes first. */
    private final SingletonSupplier<Keys> keys;

    AuditKeyStore(@Value("${certhall.data-dir}") String dataDir, PkiProperties properties, Environment environment,
            Clock clock) {
        this.file = Path.of(dataDir, "ca", "audit-keys.p12");
        this.keys = SingletonSupplier.of(() -> Files.exists(file) ? read() : create());
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    private record Keys(SecretKey mac, PrivateKey signer, X509Certificate certificate, String keyId) {
    }

    @Override
    public byte[] mac(byte[] data) {
        return Hmac.sha256(keys().mac(), data);
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE);
            signature.initSign(keys().signer());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint", e);
        }
    }

    @Override
    public boolean verify(byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE);
            signature.initVerify(keys().certificate().getPublicKey());
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public Instant createdAt() {
        return keys().certificate().getNotBefore().toInstant();
    }

    @Override
    public String keyId() {
        return keys().keyId();
    }

    private Keys keys() {
        return keys.obtain();
    }

    private Keys read() {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password());
            SecretKey mac = (SecretKey) ks.getKey(MAC_ALIAS, password());
            PrivateKey signer = (PrivateKey) ks.getKey(SIGNER_ALIAS, password());
            X509Certificate certificate = (X509Certificate) ks.getCertificate(SIGNER_ALIAS);
            if (mac == null || signer == null || certificate == null) {
                throw new IllegalStateException("the audit keys are incomplete in " + file);
            }
            return new Keys(mac, signer, certificate, Crypto.sha256Hex(certificate.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the audit keys from " + file
                    + " (wrong certhall.pki.keystore-password?)", e);
        }
    }

    private Keys create() {
        try {
            byte[] secret = new byte[32];
            Crypto.random().nextBytes(secret);
            SecretKey mac = new SecretKeySpec(secret, "HmacSHA256");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), Crypto.random());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(pair.getPublic(), pair.getPrivate());
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setEntry(MAC_ALIAS, new KeyStore.SecretKeyEntry(mac), new KeyStore.PasswordProtection(password()));
            ks.setKeyEntry(SIGNER_ALIAS, pair.getPrivate(), password(), new Certificate[] {certificate});
            KeyStoreFiles.write(ks, file, password(), "audit-keys");
            return new Keys(mac, pair.getPrivate(), certificate, Crypto.sha256Hex(certificate.getEncoded()));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the audit keys in " + file, e);
        }
    }

    private X509Certificate selfSigned(PublicKey publicKey, PrivateKey privateKey)
            throws OperatorCreationException, GeneralSecurityException {
        X500Name name = new X500Name("CN=CertHall audit checkpoint signer, O=" + properties.caOrganization());
        Instant now = clock.instant();
        var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, Crypto.random()), Date.from(now),
                Date.from(now.plus(Duration.ofDays(365L * 30))), name, publicKey);
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(SIGNATURE).build(privateKey)));
    }

    private char[] password() {
        return KeyStoreFiles.password(properties, environment);
    }
}
