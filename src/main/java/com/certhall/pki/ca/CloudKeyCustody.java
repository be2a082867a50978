package com.certhall.pki.ca;

import com.certhall.pki.CloudKeys;
import com.certhall.pki.IssuanceRequest;
import com.certhall.pki.IssuedCertificate;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CertificateStatus;
import com.certhall.pki.persistence.CertificateRows;
import com.certhall.pki.persistence.CloudKeyRows;
import com.certhall.pki.persistence.CloudKeyRows.CloudKeyRow;
import com.certhall.shared.ConflictException;
import com.certhall.shared.NotFoundException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link CloudKeys}: where a cloud certificate's key is made, kept and used (docs/signing.md, "Key custody"). */
@Service
@Transactional
class CloudKeyCustody implements CloudKeys {

    static final String PKCS11 = "pkcs11";
    static final String SEALED = "sealed";

    private final Issuance issuance;
    private final CloudKeyRows rows;
    private final CertificateRows certificates;
    private final CaSignerFactories factories;
    private final PkiProperties properties;
    private final KeyEncryptionKey kek;
    private final Clock clock;

    CloudKeyCustody(Issuance issuance, CloudKeyRows rows, CertificateRows certificates, CaSignerFactories factories,
            PkiProperties properties, KeyEncryptionKey kek, Clock clock) {
        this.issuance = issuance;
        this.rows = rows;
        this.certificates = certificates;
        this.factories = factories;
        this.properties = properties;
        this.kek = kek;
        this.clock = clock;
    }

    @Override
    public IssuedCloudKey issue(IssuanceRequest request) {
        Optional<IssuedCertificate> earlier = issuance.issuedBefore(request);
        if (earlier.isPresent()) {
            return new IssuedCloudKey(earlier.get());
        }
        KeyAlgorithm algorithm = request.algorithm();
        CaSignerFactory token = factories.forNewKey(properties.keyStore(), algorithm);
        String caName = issuance.issuingCaName(algorithm);
        CloudKeyRow row;
        List<X509Certificate> chain;
        if (PKCS11.equals(token.type())) {
            byte[] random = new byte[8];
            Crypto.random().nextBytes(random);
            String alias = "cloud-" + HexFormat.of().formatHex(random);
            CaSigner signer = token.generate(alias, algorithm);
            chain = issuance.issueForKey(request, signer.publicKey());
            // the token keeps the key as a token object from here; a rolled-back issuance leaves an unused object
            token.store(signer, chain);
            row = row(caName, chain.get(0), algorithm, PKCS11, alias, null);
        } else {
            KeyPair pair = Crypto.generateKeyPair(algorithm);
            chain = issuance.issueForKey(request, pair.getPublic());
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            byte[] sealed = kek.seal(pkcs8, binding(caName, serial(chain.get(0))));
            Arrays.fill(pkcs8, (byte) 0);
            row = row(caName, chain.get(0), algorithm, SEALED, null, sealed);
        }
        rows.insert(row, clock.instant());
        IssuedCertificate issued = issuance.issuedBefore(request).orElseThrow();
        return new IssuedCloudKey(issued);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CloudKeyStatus> status(String serialHex) {
        return rows.findBySerial(Revocation.normalize(serialHex)).map(CloudKeyCustody::status);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public PinCheck checkPin(String serialHex, String pin) {
        // its own transaction: a wrong PIN counts even when the caller's work fails afterwards
        CloudKeyRow row = rows.lockBySerial(Revocation.normalize(serialHex))
                .orElseThrow(() -> new NotFoundException("credential", serialHex));
        if (row.lockedAt() != null) {
            return new PinCheck(PinCheck.Outcome.LOCKED, 0);
        }
        // a key whose holder has not set a PIN yet knows no right PIN; a guess still counts
        if (pin != null && row.pinHash() != null && Pins.matches(pin, row.pinHash())) {
            if (row.failedPins() > 0) {
                rows.recordTries(row.caName(), row.serial(), 0, null);
            }
            return new PinCheck(PinCheck.Outcome.RIGHT, MAX_WRONG_PINS);
        }
        int failed = row.failedPins() + 1;
        if (failed >= MAX_WRONG_PINS) {
            rows.recordTries(row.caName(), row.serial(), failed, clock.instant());
            return new PinCheck(PinCheck.Outcome.LOCKED, 0);
        }
        rows.recordTries(row.caName(), row.serial(), failed, null);
        return new PinCheck(PinCheck.Outcome.WRONG, MAX_WRONG_PINS - failed);
    }

    @Override
    @Transactional
    public void setPin(String serialHex, String pin) {
        CloudKeyRow row = rows.lockBySerial(Revocation.normalize(serialHex))
                .orElseThrow(() -> new NotFoundException("credential", serialHex));
        rows.setPin(row.caName(), row.serial(), Pins.hash(pin));
    }

    @Override
    @Transactional(readOnly = true)
    public List<byte[]> signHashes(String serialHex, List<byte[]> hashes) {
        CloudKeyRow row = rows.findBySerial(Revocation.normalize(serialHex))
                .orElseThrow(() -> new NotFoundException("credential", serialHex));
        if (row.lockedAt() != null) {
            throw new ConflictException("pki.cloudKey.locked", "the key of " + row.serial() + " is locked");
        }
        return sign(row, hashes);
    }

    @Override
    @Transactional(readOnly = true)
    public HashSignatures signHashesWhileValid(String serialHex, List<byte[]> hashes, Instant now) {
        Optional<CloudKeyRows.SigningKeyRow> found = rows.findForSigning(Revocation.normalize(serialHex));
        if (found.isEmpty()) {
            return HashSignatures.refused(HashSignatures.Outcome.NO_KEY);
        }
        CloudKeyRows.SigningKeyRow row = found.get();
        // a revoked, held or expired certificate is named before a locked key (docs/signing.md, "SCAL2 here")
        if (row.status() != CertificateStatus.GOOD || !now.isBefore(row.notAfter())) {
            return HashSignatures.refused(HashSignatures.Outcome.CERTIFICATE_NOT_VALID);
        }
        if (row.key().lockedAt() != null) {
            return HashSignatures.refused(HashSignatures.Outcome.LOCKED);
        }
        return new HashSignatures(HashSignatures.Outcome.SIGNED, sign(row.key(), hashes));
    }

    /**
     * Signs with the token's key, or unseals the sealed one for these hashes only and wipes its PKCS#8 after; the
     * unsealed key is read straight into the signing provider's form ({@code HashSigner.fromPkcs8}).
     */
    private List<byte[]> sign(CloudKeyRow row, List<byte[]> hashes) {
        if (PKCS11.equals(row.custody())) {
            JcaCaSigner signer = (JcaCaSigner) factories.byType(PKCS11)
                    .load(Objects.requireNonNull(row.keyRef()), row.algorithm());
            return HashSigner.signAll(new HashSigner.SigningKey(row.algorithm(), signer.privateKey(),
                    signer.provider()), hashes);
        }
        byte[] pkcs8 = kek.unseal(Objects.requireNonNull(row.sealedKey()), binding(row.caName(), row.serial()));
        try {
            return HashSigner.signAll(HashSigner.fromPkcs8(row.algorithm(), pkcs8), hashes);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] messageHash(String serialHex, byte[] message) {
        CertificateRecord cert = certificate(serialHex);
        return MessageSignatures.hash(cert.algorithm(), cert.der(), message);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean verifies(String serialHex, byte[] message, byte[] signature) {
        CertificateRecord cert = certificate(serialHex);
        return MessageSignatures.verifies(cert.algorithm(), cert.der(), message, signature);
    }

    private CertificateRecord certificate(String serialHex) {
        return certificates.findBySerial(Revocation.normalize(serialHex)).stream().findFirst()
                .map(CertificateRows.Versioned::record)
                .orElseThrow(() -> new NotFoundException("certificate", serialHex));
    }

    /** True when {@code pin} is the key's PIN; not counted (the CA's own checks, {@code pinMatches}). */
    @Transactional(readOnly = true)
    boolean pinMatches(String serialHex, String pin) {
        return rows.findBySerial(Revocation.normalize(serialHex))
                .map(r -> r.pinHash() != null && Pins.matches(pin, r.pinHash())).orElse(false);
    }

    private static CloudKeyStatus status(CloudKeyRow row) {
        boolean locked = row.lockedAt() != null;
        return new CloudKeyStatus(row.caName(), row.serial(), row.algorithm(), row.custody(),
                locked ? 0 : MAX_WRONG_PINS - row.failedPins(), locked);
    }

    private static CloudKeyRow row(String caName, X509Certificate cert, KeyAlgorithm algorithm, String custody,
            @Nullable String keyRef, byte @Nullable [] sealed) {
        // no PIN until the holder sets one on activation (docs/signing.md, "Activation and PIN reset")
        return new CloudKeyRow(caName, serial(cert), algorithm, custody, keyRef, sealed, null, 0, null);
    }

    private static String serial(X509Certificate cert) {
        return Crypto.serialHex(cert.getSerialNumber());
    }

    private static String binding(String caName, String serial) {
        return caName + ":" + serial;
    }
}
