package com.certhall.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.ca.CaRegistry;
import com.certhall.support.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * CA keys on a PKCS#11 token: a SoftHSM2 token this test creates ({@code SOFTHSM2_CONF} is set for the test JVM
 * by surefire and points into target/). ECC and RSA CA keys go to the token, SM2 stays in the soft store.
 */
@SpringBootTest
class Pkcs11CaTests {

    private static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";

    @Autowired
    CertificateAuthority authority;

    @Autowired
    CaRegistry registry;

    @Autowired
    CloudKeys cloudKeys;

    @TempDir
    Path dir;

    @BeforeAll
    static void requireSoftHsm() {
        TestEnvironment.requireCommand("softhsm2-util");
        TestEnvironment.requireTool(Files.exists(Path.of(LIBRARY)), LIBRARY);
        TestEnvironment.requireTool(System.getenv("SOFTHSM2_CONF") != null, "SOFTHSM2_CONF (set by surefire)");
    }

    @DynamicPropertySource
    static void token(DynamicPropertyRegistry registry) throws Exception {
        if (System.getenv("SOFTHSM2_CONF") == null || !Files.exists(Path.of(LIBRARY))) {
            return;
        }
        long slot = initToken();
        registry.add("certhall.pki.key-store", () -> "pkcs11");
        registry.add("certhall.pki.pkcs11.library", () -> LIBRARY);
        registry.add("certhall.pki.pkcs11.slot", () -> slot);
        registry.add("certhall.pki.pkcs11.pin", () -> "1234");
        registry.add("certhall.pki.rsa-root-bits", () -> 2048);
        registry.add("certhall.pki.sandbox-algorithms", () -> "sm2,ecc,rsa");
    }

    @Test
    void eccAndRsaCaKeysLiveOnTheTokenAndIssueCertificatesOpensslVerifies() throws Exception {
        TestEnvironment.requireCommand("openssl");
        assertThat(registry.get("ecc-issuing").signer().keyStoreType()).isEqualTo("pkcs11");
        assertThat(registry.get("rsa-root").signer().keyStoreType()).isEqualTo("pkcs11");
        assertThat(registry.get("sm2-issuing").signer().keyStoreType()).isEqualTo("soft");
        for (KeyAlgorithm algorithm : List.of(KeyAlgorithm.EC_P256, KeyAlgorithm.RSA_2048)) {
            IssuedCertificate issued = authority.issue(PkiFixtures.request(CertificateProfile.ORGANIZATION,
                    algorithm, PkiFixtures.csr(algorithm)));
            Path[] chain = PkiFixtures.writeChain(issued.pemChain(), dir);
            var result = PkiFixtures.run(dir, "openssl", "verify", "-CAfile", chain[2].toString(), "-untrusted",
                    chain[1].toString(), chain[0].toString());
            assertThat(result.output()).as(algorithm.name()).contains(": OK");
        }
        var objects = PkiFixtures.run(dir, "pkcs11-tool", "--module", LIBRARY, "--login", "--pin", "1234",
                "--token-label", "certhall-test", "-O");
        assertThat(objects.output()).contains("ecc-issuing").contains("rsa-issuing");
    }

    @Test
    void cloudKeysOfRsaAndP256AreMadeOnTheTokenAndSm2KeysAreSealed() throws Exception {
        for (KeyAlgorithm algorithm : List.of(KeyAlgorithm.EC_P256, KeyAlgorithm.RSA_2048, KeyAlgorithm.SM2)) {
            CloudKeys.IssuedCloudKey issued = cloudKeys.issue(IssuanceRequest.withGeneratedKey(
                    java.util.UUID.randomUUID().toString(), CertificateProfile.PERSONAL, algorithm,
                    PkiFixtures.subject(CertificateProfile.PERSONAL), 1));
            String serial = issued.certificate().serialHex();
            assertThat(cloudKeys.status(serial).orElseThrow().custody()).as(algorithm.name())
                    .isEqualTo(algorithm == KeyAlgorithm.SM2 ? "sealed" : "pkcs11");
            // the holder's PIN, set on activation (docs/signing.md)
            cloudKeys.setPin(serial, "583027");
            assertThat(CloudKeyChecks.signsWith(cloudKeys, issued.certificate().der(), serial, "583027"))
                    .as(algorithm.name()).isTrue();
        }
        var objects = PkiFixtures.run(dir, "pkcs11-tool", "--module", LIBRARY, "--login", "--pin", "1234",
                "--token-label", "certhall-test", "-O", "--type", "privkey");
        // the token names keys by the hex of their alias: "cloud-" is 636c6f75642d; the token never lets them out
        assertThat(objects.output()).contains("ID:         636c6f75642d").contains("never extractable");
    }

    private static long initToken() throws IOException, InterruptedException {
        Path conf = Path.of(System.getenv("SOFTHSM2_CONF"));
        Path tokens = conf.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (var walk = Files.walk(tokens)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                + "log.level = ERROR\nslots.removable = false\n");
        var out = PkiFixtures.run(conf.getParent(), "softhsm2-util", "--init-token", "--free", "--label",
                "certhall-test", "--so-pin", "12345678", "--pin", "1234");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(out.output());
        if (!slot.find()) {
            throw new IllegalStateException("softhsm2-util said: " + out.output());
        }
        return Long.parseLong(slot.group(1));
    }
}
