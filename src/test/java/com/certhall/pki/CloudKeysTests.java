package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.pki.CloudKeys.PinCheck;
import com.certhall.pki.ca.Crypto;
import com.certhall.shared.ConflictException;
import com.certhall.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cloud keys kept by the CA (docs/signing.md, "Key custody"): made here, sealed under the key-encryption key when no
 * token holds them, never given out, signing hashes that independent verifiers accept, locked after 5 wrong PINs.
 */
@IntegrationTest
class CloudKeysTests {

    /** The signing PIN a holder sets on activation. */
    private static final String HOLDER_PIN = "583027";

    @Autowired
    CloudKeys keys;

    @Autowired
    CertificateAuthority authority;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"SM2", "EC_P256", "RSA_2048"})
    void aCloudKeyStaysSealedHereAndSignsHashesAnIndependentVerifierAccepts(KeyAlgorithm algorithm)
            throws Exception {
        IssuanceRequest request = IssuanceRequest.withGeneratedKey(UUID.randomUUID().toString(),
                CertificateProfile.PERSONAL, algorithm, PkiFixtures.subject(CertificateProfile.PERSONAL), 1);
        CloudKeys.IssuedCloudKey issued = keys.issue(request);
        String serial = issued.certificate().serialHex();
        // no PIN is made with the key: none is right until the holder sets one (activation, docs/signing.md)
        assertThat(jdbc.queryForObject("SELECT pin_hash FROM pki_cloud_key WHERE serial = ?", String.class, serial))
                .isNull();
        assertThat(keys.checkPin(serial, HOLDER_PIN).outcome()).isEqualTo(PinCheck.Outcome.WRONG);
        keys.setPin(serial, HOLDER_PIN);
        assertThat(keys.status(serial)).get().satisfies(s -> {
            assertThat(s.custody()).isEqualTo("sealed");
            assertThat(s.retriesLeft()).isEqualTo(5);
            assertThat(s.locked()).isFalse();
        });
        // nothing to download: no PKCS#12 is kept, and the sealed key is no PKCS#8 in clear
        assertThat(authority.pkcs12(issued.certificate().caName(), serial)).isEmpty();
        byte[] sealed = jdbc.queryForObject("SELECT sealed_key FROM pki_cloud_key WHERE serial = ?", byte[].class,
                serial);
        assertThat(sealed).isNotEmpty();
        assertThat(isOneDerSequence(sealed)).as("the sealed key reads as one DER structure (a PKCS#8 in clear)")
                .isFalse();
        assertThat(authority.pinMatches(issued.certificate().caName(), serial, HOLDER_PIN)).isTrue();
        // a repeat issues nothing and keeps the holder's PIN
        CloudKeys.IssuedCloudKey again = keys.issue(request);
        assertThat(again.certificate().serialHex()).isEqualTo(serial);
        assertThat(authority.pinMatches(issued.certificate().caName(), serial, HOLDER_PIN)).isTrue();

        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                .generateCertificate(new ByteArrayInputStream(issued.certificate().der()));
        List<byte[]> messages = List.of("标书 A".getBytes(StandardCharsets.UTF_8),
                "bid B".getBytes(StandardCharsets.UTF_8));
        List<byte[]> hashes = messages.stream().map(m -> hash(algorithm, cert, m)).toList();
        List<byte[]> signatures = keys.signHashes(serial, hashes);
        assertThat(signatures).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Signature verifier = algorithm == KeyAlgorithm.SM2 ? Signature.getInstance("SM3withSM2", Crypto.BC)
                    : Signature.getInstance(algorithm == KeyAlgorithm.EC_P256 ? "SHA256withECDSA" : "SHA256withRSA");
            verifier.initVerify(cert.getPublicKey());
            verifier.update(messages.get(i));
            assertThat(verifier.verify(signatures.get(i))).as(algorithm + " signature " + i).isTrue();
            verifier.initVerify(cert.getPublicKey());
            verifier.update(messages.get(1 - i));
            assertThat(verifier.verify(signatures.get(i))).as("bound to its own hash").isFalse();
        }
    }

    @Test
    void fiveWrongPinsInARowLockTheKeyAndALockedKeySignsNothing() {
        CloudKeys.IssuedCloudKey issued = keys.issue(IssuanceRequest.withGeneratedKey(UUID.randomUUID().toString(),
                CertificateProfile.PERSONAL, KeyAlgorithm.EC_P256,
                PkiFixtures.subject(CertificateProfile.PERSONAL), 1));
        String serial = issued.certificate().serialHex();
        keys.setPin(serial, HOLDER_PIN);
        String wrong = "00000000";
        assertThat(keys.checkPin(serial, wrong)).isEqualTo(new PinCheck(PinCheck.Outcome.WRONG, 4));
        // a right PIN resets the count
        assertThat(keys.checkPin(serial, HOLDER_PIN).right()).isTrue();
        for (int left = 4; left >= 1; left--) {
            assertThat(keys.checkPin(serial, wrong)).isEqualTo(new PinCheck(PinCheck.Outcome.WRONG, left));
        }
        assertThat(keys.checkPin(serial, wrong)).isEqualTo(new PinCheck(PinCheck.Outcome.LOCKED, 0));
        assertThat(keys.checkPin(serial, HOLDER_PIN).outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
        assertThat(keys.status(serial)).get().satisfies(s -> assertThat(s.locked()).isTrue());
        assertThatThrownBy(() -> keys.signHashes(serial, List.of(new byte[32])))
                .isInstanceOf(ConflictException.class);
    }

    static byte[] hash(KeyAlgorithm algorithm, X509Certificate cert, byte[] message) {
        try {
            return algorithm == KeyAlgorithm.SM2 ? Sm2Hashes.e(cert.getPublicKey(), message)
                    : MessageDigest.getInstance("SHA-256").digest(message);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the bytes are exactly one DER SEQUENCE, as a PKCS#8 key is. Sealed bytes start with a random byte, so
     * a first byte of 0x30 alone proves nothing (one time in 256); a length that also spans the whole array does.
     */
    static boolean isOneDerSequence(byte[] der) {
        if (der.length < 2 || der[0] != 0x30) {
            return false;
        }
        int first = der[1] & 0xff;
        if (first < 0x80) {
            return 2 + first == der.length;
        }
        int lengthBytes = first & 0x7f;
        if (lengthBytes == 0 || lengthBytes > 3 || der.length < 2 + lengthBytes) {
            return false;
        }
        int length = 0;
        for (int i = 0; i < lengthBytes; i++) {
            length = (length << 8) | (der[2 + i] & 0xff);
        }
        return 2 + lengthBytes + length == der.length;
    }
}
