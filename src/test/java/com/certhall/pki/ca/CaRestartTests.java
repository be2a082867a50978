package com.certhall.pki.ca;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.persistence.CaRows;
import com.certhall.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.List;
import org.bouncycastle.operator.ContentSigner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;

/** What a restart sees: the sandbox CAs read back from the database and the key files; the {@code ca} command. */
@IntegrationTest
class CaRestartTests {

    @Autowired
    CaRows rows;

    @Autowired
    PkiProperties properties;

    @Autowired
    Environment environment;

    @Autowired
    CaCommand command;

    @Value("${certhall.data-dir}")
    String dataDir;

    @Test
    void aFreshRegistryFindsEveryCaWithAWorkingKey() throws Exception {
        // New factory and registry, as after a restart: nothing cached, keys decrypted from the PKCS#12 files.
        SoftCaSignerFactory soft = new SoftCaSignerFactory(dataDir, properties, environment);
        CaRegistry registry = new CaRegistry(rows, new CaSignerFactories(List.of(soft)));
        registry.reload();
        assertThat(registry.all()).extracting(Ca::name).containsExactly("ecc-root", "rsa-root", "sm2-root",
                "ecc-issuing", "rsa-issuing", "sm2-issuing");
        for (Ca ca : registry.all()) {
            ContentSigner signer = ca.signer().contentSigner();
            try (OutputStream out = signer.getOutputStream()) {
                out.write("restart".getBytes(StandardCharsets.UTF_8));
            }
            Signature verify = Signature.getInstance(Crypto.signatureAlgorithm(ca.algorithm()), Crypto.BC);
            verify.initVerify(Ca.toJca(ca.certificate()).getPublicKey());
            verify.update("restart".getBytes(StandardCharsets.UTF_8));
            assertThat(verify.verify(signer.getSignature())).as(ca.name()).isTrue();
            assertThat(ca.root() || ca.ocsp() != null).isTrue();
        }
    }

    @Test
    void caInitCommandIsIdempotentAndPrintsTheCas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = command.execute(new DefaultApplicationArguments("ca", "init", "--algorithms=sm2,ecc"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("sm2-root").contains("sm2-issuing").contains("ecc-issuing")
                .doesNotContain("rsa-root");
        assertThat(rows.all()).hasSize(6);
        assertThat(command.execute(new DefaultApplicationArguments("ca", "frobnicate"), new PrintStream(out)))
                .isEqualTo(2);
    }
}
