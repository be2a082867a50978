package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.pki.CloudKeyChecks;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.Sm2Hashes;
import com.certhall.pki.ca.Crypto;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import com.certhall.support.TestEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The CSC API v2 as a partner platform calls it (docs/signing.md): its client credentials, the holder named by
 * mobile, credentials/info, authorize with the PIN, signHash over two hashes, and every signature verified against
 * the certificate from credentials/info by a verifier that is not the code under test; then what SCAL2 refuses.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class CscApiTests extends CloudSigningTestBase {

    @Autowired
    CertificateManagement certificates;
    @Autowired
    TestClock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @Test
    void aPartnerSignsTwoHashesPerCredentialForSm2P256AndRsaAndIndependentVerifiersAcceptThem() throws Exception {
        TestEnvironment.requireCommand("openssl");
        CloudHolders.Holder holder = holders.register();
        List<CloudHolders.Credential> held = List.of(holders.issue(holder, "SM2"), holders.issue(holder, "EC_P256"),
                holders.issue(holder, "RSA_2048"));
        CscClient partner = partner(CloudHolders.CHANNEL);

        Map service = new CscClient(http, null).ok("info", Map.of());
        assertThat(service).containsEntry("specs", "2.0.0.2");
        assertThat((List<String>) service.get("methods")).contains("signatures/signHash");
        Map list = partner.ok("credentials/list", Map.of("userID", holder.mobile()));
        assertThat((List<String>) list.get("credentialIDs"))
                .containsExactlyInAnyOrderElementsOf(held.stream().map(CloudHolders.Credential::serial).toList());

        for (CloudHolders.Credential credential : held) {
            KeyAlgorithm algorithm = KeyAlgorithm.valueOf(credential.algorithm());
            Map info = partner.ok("credentials/info", Map.of("credentialID", credential.serial(),
                    "certificates", "chain", "certInfo", true, "authInfo", true));
            assertThat(info).containsEntry("SCAL", "2");
            assertThat((Map) info.get("auth")).containsEntry("mode", "explicit").containsEntry("expression", "PIN");
            assertThat((Map) info.get("key")).containsEntry("status", "enabled");
            assertThat((List<String>) ((Map) info.get("key")).get("algo")).containsExactly(switch (algorithm) {
                case SM2 -> "1.2.156.10197.1.301";
                case EC_P256 -> "1.2.840.10045.2.1";
                default -> "1.2.840.113549.1.1.1";
            });
            List<String> chain = (List<String>) ((Map) info.get("cert")).get("certificates");
            assertThat(chain).hasSize(3);
            assertThat((Map) info.get("cert")).containsEntry("status", "valid")
                    .containsEntry("serialNumber", credential.serial());
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(chain.get(0))));

            List<byte[]> documents = List.of(("招标文件 " + algorithm).getBytes(StandardCharsets.UTF_8),
                    ("投标文件 " + algorithm).getBytes(StandardCharsets.UTF_8));
            List<String> hashes = documents.stream().map(d -> b64(hash(algorithm, cert, d))).toList();
            String hashOid = algorithm == KeyAlgorithm.SM2 ? "1.2.156.10197.1.401" : "2.16.840.1.101.3.4.2.1";
            String signAlgo = switch (algorithm) {
                case SM2 -> "1.2.156.10197.1.501";
                case EC_P256 -> "1.2.840.10045.4.3.2";
                default -> "1.2.840.113549.1.1.11";
            };
            Map authorized = partner.ok("credentials/authorize", Map.of("credentialID", credential.serial(),
                    "numSignatures", 2, "hashes", hashes, "hashAlgorithmOID", hashOid, "description", "投标签章",
                    "authData", List.of(Map.of("id", "PIN", "value", credential.pin()))));
            assertThat(((Number) authorized.get("expiresIn")).longValue()).isBetween(1L, 300L);
            Map<String, Object> signHash = Map.of("credentialID", credential.serial(), "SAD", authorized.get("SAD"),
                    "hashes", hashes, "hashAlgorithmOID", hashOid, "signAlgo", signAlgo);
            List<String> signatures = (List<String>) partner.ok("signatures/signHash", signHash).get("signatures");
            assertThat(signatures).hasSize(2);
            for (int i = 0; i < 2; i++) {
                byte[] signature = Base64.getDecoder().decode(signatures.get(i));
                Signature verifier = algorithm == KeyAlgorithm.SM2 ? Signature.getInstance("SM3withSM2", Crypto.BC)
                        : Signature.getInstance(algorithm == KeyAlgorithm.RSA_2048 ? "SHA256withRSA"
                                : "SHA256withECDSA");
                verifier.initVerify(cert.getPublicKey());
                verifier.update(documents.get(i));
                assertThat(verifier.verify(signature)).as(algorithm + " signature " + i).isTrue();
                assertThat(CloudKeyChecks.opensslVerify(algorithm, cert, documents.get(i), signature, dir))
                        .containsAnyOf("Verified OK", "Signature Verified Successfully");
            }
            // SCAL2: the SAD was used up
            ResponseEntity<Map> again = partner.post("signatures/signHash", signHash);
            assertThat(again.getStatusCode().value()).isEqualTo(400);
            assertThat(again.getBody()).containsEntry("error", "invalid_request")
                    .containsKey("error_description");
        }
    }

    @Test
    void scal2RefusesAForeignHashAWrongPinLocksAfterFiveAndOtherChannelsAndStrangersSeeNothing() throws Exception {
        CloudHolders.Holder holder = holders.register();
        CloudHolders.Credential credential = holders.issue(holder, "EC_P256");
        CscClient partner = partner(CloudHolders.CHANNEL);
        String sha256 = "2.16.840.1.101.3.4.2.1";
        String authorized = b64(MessageDigest.getInstance("SHA-256").digest("标书".getBytes(StandardCharsets.UTF_8)));
        String foreign = b64(MessageDigest.getInstance("SHA-256").digest("别的".getBytes(StandardCharsets.UTF_8)));

        // a hash the SAD does not cover is not signed, and the SAD survives for the hash it covers
        Map sad = partner.ok("credentials/authorize", Map.of("credentialID", credential.serial(),
                "numSignatures", 1, "hashes", List.of(authorized), "hashAlgorithmOID", sha256,
                "authData", List.of(Map.of("id", "PIN", "value", credential.pin()))));
        Map<String, Object> signForeign = Map.of("credentialID", credential.serial(), "SAD", sad.get("SAD"),
                "hashes", List.of(foreign), "hashAlgorithmOID", sha256, "signAlgo", "1.2.840.10045.4.3.2");
        ResponseEntity<Map> refused = partner.post("signatures/signHash", signForeign);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("error", "invalid_request");
        assertThat((String) refused.getBody().get("error_description")).contains("not covered");
        assertThat(partner.ok("signatures/signHash", Map.of("credentialID", credential.serial(), "SAD",
                sad.get("SAD"), "hashes", List.of(authorized), "hashAlgorithmOID", sha256, "signAlgo",
                "1.2.840.10045.4.3.2")).get("signatures")).asList().hasSize(1);
        // a SCAL2 SAD names its hashes: numSignatures must match them
        ResponseEntity<Map> unbound = partner.post("credentials/authorize", Map.of("credentialID",
                credential.serial(), "numSignatures", 2, "hashes", List.of(authorized), "hashAlgorithmOID", sha256,
                "authData", List.of(Map.of("id", "PIN", "value", credential.pin()))));
        assertThat(unbound.getBody()).containsEntry("error", "invalid_request")
                .containsEntry("error_description", "Invalid parameter numSignatures");

        // another channel's partner: the credential does not exist for it, and the holder has none there
        CscClient stranger = partner("plateau-trade");
        ResponseEntity<Map> foreignInfo = stranger.post("credentials/info", Map.of("credentialID",
                credential.serial()));
        assertThat(foreignInfo.getStatusCode().value()).isEqualTo(400);
        assertThat(foreignInfo.getBody()).containsEntry("error_description", "Invalid parameter credentialID");
        assertThat((List) stranger.ok("credentials/list", Map.of("userID", holder.mobile())).get("credentialIDs"))
                .isEmpty();
        // no token, or a wrong one: 401 in the CSC shape
        ResponseEntity<Map> anonymous = new CscClient(http, "not-a-token").post("credentials/list", Map.of());
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getBody()).containsEntry("error", "invalid_token");
        assertThat(CscClient.token(http, "nobody", "nothing").getBody()).containsEntry("error", "invalid_client");
        // the holder with their own token sees their credential
        assertThat((List) new CscClient(http, holder.token()).ok("credentials/list", Map.of())
                .get("credentialIDs")).containsExactly(credential.serial());

        // five wrong PINs lock the credential; then even the right PIN is refused
        String wrong = credential.pin().equals("00000000") ? "11111111" : "00000000";
        Map<String, Object> withWrongPin = Map.of("credentialID", credential.serial(), "numSignatures", 1,
                "hashes", List.of(authorized), "hashAlgorithmOID", sha256,
                "authData", List.of(Map.of("id", "PIN", "value", wrong)));
        for (int left = 4; left >= 1; left--) {
            ResponseEntity<Map> bad = partner.post("credentials/authorize", withWrongPin);
            assertThat(bad.getStatusCode().value()).isEqualTo(400);
            assertThat(bad.getBody()).containsEntry("error", "invalid_authentication_data");
            assertThat((String) bad.getBody().get("error_description")).contains(left + " attempts left");
        }
        Map fifth = partner.post("credentials/authorize", withWrongPin).getBody();
        assertThat(fifth).containsEntry("error", "invalid_request");
        assertThat((String) fifth.get("error_description")).contains("locked");
        ResponseEntity<Map> locked = partner.post("credentials/authorize", Map.of("credentialID",
                credential.serial(), "numSignatures", 1, "hashes", List.of(authorized), "hashAlgorithmOID", sha256,
                "authData", List.of(Map.of("id", "PIN", "value", credential.pin()))));
        assertThat((String) locked.getBody().get("error_description")).contains("locked");
        assertThat((Map) partner.ok("credentials/info", Map.of("credentialID", credential.serial())).get("key"))
                .containsEntry("status", "disabled");
    }

    @Test
    void aScanToSignHandleExpiresAfterFiveMinutesAndIsAnsweredWithExpiredToken() {
        CloudHolders.Holder holder = holders.register();
        CloudHolders.Credential credential = holders.issue(holder, "SM2");
        CscClient partner = partner(CloudHolders.CHANNEL);
        ResponseEntity<Map> started = partner.post("credentials/authorize", Map.of("credentialID",
                credential.serial(), "numSignatures", 1, "hashes", List.of(b64(new byte[32])),
                "hashAlgorithmOID", "1.2.156.10197.1.401", "description", "投标文件签章"));
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        String handle = (String) started.getBody().get("handle");
        assertThat((String) started.getBody().get("qrUrl")).endsWith("/sign/" + handle);
        ResponseEntity<Map> pending = partner.post("credentials/authorizeCheck", Map.of("handle", handle));
        assertThat(pending.getStatusCode().value()).isEqualTo(202);
        assertThat(pending.getBody()).containsEntry("status", "pending");
        // another partner cannot poll it
        assertThat(partner(CloudHolders.CHANNEL).post("credentials/authorizeCheck", Map.of("handle", handle))
                .getBody()).containsEntry("error_description", "Invalid parameter handle");
        clock.advance(Duration.ofMinutes(6));
        ResponseEntity<Map> expired = partner.post("credentials/authorizeCheck", Map.of("handle", handle));
        assertThat(expired.getStatusCode().value()).isEqualTo(400);
        assertThat(expired.getBody()).containsEntry("error", "expired_token");
    }

    /**
     * The lean lookup of signHash remembers a credential's owner and channel, never its state: a SAD issued before
     * the key locked or the certificate was revoked signs nothing afterwards, a used SAD never signs again, and
     * another partner of the same channel cannot use a SAD it was not given. The signature log grows by exactly the
     * signatures made.
     */
    @Test
    void signHashReadsLockAndRevocationAfreshAndASadSignsOnceForItsCallerOnly() throws Exception {
        CloudHolders.Credential credential = holders.issue(holders.register(), "EC_P256");
        CscClient partner = partner(CloudHolders.CHANNEL);
        String sha256 = SigningPinTests.SHA256;
        List<String> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(b64(MessageDigest.getInstance("SHA-256").digest(("标书第" + i + "页")
                    .getBytes(StandardCharsets.UTF_8))));
        }
        Map<String, Object> authorize = Map.of("credentialID", credential.serial(), "numSignatures", batch.size(),
                "hashes", batch, "hashAlgorithmOID", sha256, "authData", List.of(Map.of("id", "PIN", "value",
                        credential.pin())));
        String first = (String) partner.ok("credentials/authorize", authorize).get("SAD");
        String second = (String) partner.ok("credentials/authorize", authorize).get("SAD");
        String third = (String) partner.ok("credentials/authorize", authorize).get("SAD");
        Map<String, Object> sign = Map.of("credentialID", credential.serial(), "SAD", first, "hashes", batch,
                "hashAlgorithmOID", sha256, "signAlgo", "1.2.840.10045.4.3.2");
        // another partner of the same channel: the SAD is not its own
        ResponseEntity<Map> borrowed = partner(CloudHolders.CHANNEL).post("signatures/signHash", sign);
        assertThat(borrowed.getStatusCode().value()).isEqualTo(400);
        assertThat(borrowed.getBody()).containsEntry("error", "invalid_request");
        // a serial the CA cannot read names no credential
        ResponseEntity<Map> zero = partner.post("signatures/signHash", Map.of("credentialID", "0", "SAD", first,
                "hashes", batch, "hashAlgorithmOID", sha256, "signAlgo", "1.2.840.10045.4.3.2"));
        assertThat(zero.getBody()).containsEntry("error_description", "Invalid parameter credentialID");
        assertThat((List) partner.ok("signatures/signHash", sign).get("signatures")).hasSize(40);
        ResponseEntity<Map> reused = partner.post("signatures/signHash", sign);
        assertThat(reused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) reused.getBody().get("error_description")).contains("already used");

        // five wrong PINs lock the key: the SAD issued before the lock signs nothing
        Map<String, Object> wrong = Map.of("credentialID", credential.serial(), "numSignatures", 1, "hashes",
                List.of(batch.get(0)), "hashAlgorithmOID", sha256, "authData", List.of(Map.of("id", "PIN", "value",
                        credential.pin().equals("000000") ? "111111" : "000000")));
        for (int i = 0; i < 5; i++) {
            partner.post("credentials/authorize", wrong);
        }
        ResponseEntity<Map> afterLock = partner.post("signatures/signHash", Map.of("credentialID",
                credential.serial(), "SAD", second, "hashes", batch, "hashAlgorithmOID", sha256, "signAlgo",
                "1.2.840.10045.4.3.2"));
        assertThat(afterLock.getStatusCode().value()).isGreaterThanOrEqualTo(400).isLessThan(500);
        assertThat(afterLock.getBody()).doesNotContainKey("signatures");
        // the same answer as credentials/authorize gives a locked credential (the lock read with the key)
        assertThat(afterLock.getBody()).containsEntry("error", "invalid_request")
                .containsEntry("error_description", "The credential is locked after too many wrong PINs");

        // revoked through lifecycle, the CA's record says so at once: the third SAD signs nothing either
        certificates.revoke(credential.serial(), "KEY_COMPROMISE", "staff:test");
        ResponseEntity<Map> afterRevocation = partner.post("signatures/signHash", Map.of("credentialID",
                credential.serial(), "SAD", third, "hashes", batch, "hashAlgorithmOID", sha256, "signAlgo",
                "1.2.840.10045.4.3.2"));
        assertThat(afterRevocation.getStatusCode().value()).isEqualTo(400);
        assertThat(afterRevocation.getBody()).containsEntry("error", "invalid_request")
                .containsEntry("error_description", "The certificate of the credential is revoked, on hold or expired");
        // the refused calls used no SAD up: a refusal after the SAD's use rolls its use back with everything else
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signing_authorization WHERE LOWER(serial) = LOWER(?) "
                + "AND used_at IS NOT NULL", Integer.class, credential.serial())).isEqualTo(1);
        // the 40 signatures made, logged as one entry naming the 40 hashes in order, and nothing for the refused calls
        assertThat(jdbc.queryForList("SELECT hashes FROM signing_log WHERE serial = ? AND result = 'SIGNED'",
                String.class, credential.serial())).containsExactly(String.join(" ", batch));
    }

    /** A new partner client of {@code channel}, created by the channel admin, with its access token. */
    CscClient partner(String channel) {
        return CscClient.registered(accounts, channel, "招投标平台（测试）");
    }

    static byte[] hash(KeyAlgorithm algorithm, X509Certificate cert, byte[] document) {
        try {
            return algorithm == KeyAlgorithm.SM2 ? Sm2Hashes.e(cert.getPublicKey(), document)
                    : MessageDigest.getInstance("SHA-256").digest(document);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
