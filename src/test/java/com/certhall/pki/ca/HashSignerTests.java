package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.pki.KeyAlgorithm;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cloud keys' hash signatures (docs/signing.md): a sealed key read from PKCS#8 into the signing provider's form signs
 * several hashes with one signature object, and each signature verifies with the JDK's own providers (SunEC, SunJCE),
 * which are not the provider that signed.
 */
class HashSignerTests {

    /** DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256 (RFC 8017 §9.2, note 1). */
    private static final byte[] SHA256_DIGEST_INFO = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, (byte) 0x86, 0x48, 0x01,
        0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_2048"})
    void aSealedKeyReadIntoTheEngineProviderSignsEachHashAndTheJdkVerifiesEvery(KeyAlgorithm algorithm)
            throws Exception {
        KeyPair pair = Crypto.generateKeyPair(algorithm);
        HashSigner.SigningKey key = HashSigner.fromPkcs8(algorithm, pair.getPrivate().getEncoded());
        // the engine's provider (ACCP or Conscrypt where one loads): its raw ECDSA, and for RSA its raw signature or,
        // where it has none (ACCP), its RSA private-key primitive on the PKCS#1 v1.5 encoded block
        assertThat(key.provider().getName()).isEqualTo(SignatureEngine.current().providerFor(algorithm).getName());
        List<byte[]> hashes = hashes(3);

        List<byte[]> signatures = HashSigner.signAll(key, hashes);

        assertThat(signatures).hasSize(3);
        for (int i = 0; i < hashes.size(); i++) {
            if (algorithm == KeyAlgorithm.EC_P256) {
                Signature verifier = Signature.getInstance("NONEwithECDSA", "SunEC");
                verifier.initVerify(pair.getPublic());
                verifier.update(hashes.get(i));
                assertThat(verifier.verify(signatures.get(i))).as("signature " + i).isTrue();
            } else {
                Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding", "SunJCE");
                rsa.init(Cipher.DECRYPT_MODE, pair.getPublic());
                byte[] expected = Arrays.copyOf(SHA256_DIGEST_INFO, SHA256_DIGEST_INFO.length + 32);
                System.arraycopy(hashes.get(i), 0, expected, SHA256_DIGEST_INFO.length, 32);
                assertThat(rsa.doFinal(signatures.get(i))).as("signature " + i).isEqualTo(expected);
            }
        }
    }

    @Test
    void aSignatureIsNeverOverAnotherHashThanItsOwnInTheCallsOrder() throws Exception {
        KeyPair pair = Crypto.generateKeyPair(KeyAlgorithm.EC_P256);
        List<byte[]> hashes = hashes(2);
        List<byte[]> signatures = HashSigner.signAll(HashSigner.fromPkcs8(KeyAlgorithm.EC_P256,
                pair.getPrivate().getEncoded()), hashes);
        Signature verifier = Signature.getInstance("NONEwithECDSA", "SunEC");
        verifier.initVerify(pair.getPublic());
        verifier.update(hashes.get(1));
        assertThat(verifier.verify(signatures.get(0))).isFalse();
    }

    @Test
    void aHashOfAnotherLengthIsRefusedBeforeAnythingIsSigned() {
        KeyPair pair = Crypto.generateKeyPair(KeyAlgorithm.EC_P256);
        HashSigner.SigningKey key = HashSigner.fromPkcs8(KeyAlgorithm.EC_P256, pair.getPrivate().getEncoded());
        List<byte[]> hashes = new ArrayList<>(hashes(1));
        hashes.add(new byte[20]);
        assertThatThrownBy(() -> HashSigner.signAll(key, hashes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes, not 20");
    }

    private static List<byte[]> hashes(int n) {
        SecureRandom random = new SecureRandom();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            hashes.add(hash);
        }
        return hashes;
    }
}
