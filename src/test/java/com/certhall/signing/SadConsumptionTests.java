package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.pki.ca.Crypto;
import com.certhall.signing.domain.Authorizations;
import com.certhall.signing.domain.CloudCredentials;
import com.certhall.signing.domain.CscException;
import com.certhall.signing.domain.HashSigning;
import com.certhall.signing.domain.PartnerClients;
import com.certhall.signing.domain.PartnerWebhooks;
import com.certhall.signing.domain.SigningCaller;
import com.certhall.support.KnownPortIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SAD of {@code signHash} is read and used up by one conditional UPDATE (docs/signing.md, "SCAL2 here" and
 * "Speed"): it signs once — also when the first call asks for fewer hashes —, only hashes it covers, each once, only
 * with its hash algorithm; of two calls racing with one SAD exactly one signs; each signature is logged with the
 * authorization's caller name and description; the partner's webhook is queued with that description.
 */
@KnownPortIntegrationTest
class SadConsumptionTests extends CloudSigningTestBase {

    private static final String P256 = "1.2.840.10045.4.3.2";

    @Autowired
    Authorizations authorizations;
    @Autowired
    HashSigning signing;
    @Autowired
    PartnerClients partners;
    @Autowired
    PartnerWebhooks webhooks;
    @Autowired
    CloudCredentials credentials;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSadSignsOnceOnlyTheHashesItCoversAndEachSignatureIsLoggedWithTheAuthorizationsDescription()
            throws Exception {
        CloudHolders.Credential credential = holders.issue(holders.register(), "EC_P256");
        PartnerClients.NewClient client = partner("批量签署平台");
        // whether it has a webhook not known with the caller: asked when it signs
        webhooks.configure(client.clientId(), "http://127.0.0.1:9/hooks", "staff:test");
        SigningCaller caller = SigningCaller.partner(client.clientId().toString(), CloudHolders.CHANNEL,
                client.name());
        List<String> documents = List.of("第一页", "第二页", "第三页");
        List<String> hashes = new ArrayList<>();
        for (String document : documents) {
            hashes.add(SigningPinTests.sha256(document));
        }
        String sad = authorizations.authorize(caller, new Authorizations.Request(credential.serial(), 3, hashes,
                SigningPinTests.SHA256, "三页标书"), credential.pin()).sad();

        // refusals before the use leave the SAD as it was: a hash asked twice, a foreign hash, another algorithm
        assertThatThrownBy(() -> sign(caller, credential, sad, List.of(hashes.get(0), hashes.get(0))))
                .isInstanceOf(CscException.class).hasMessageContaining("not covered");
        assertThatThrownBy(() -> sign(caller, credential, sad, List.of(SigningPinTests.sha256("别的文件"))))
                .isInstanceOf(CscException.class).hasMessageContaining("not covered");
        assertThatThrownBy(() -> signing.sign(caller, new HashSigning.Request(credential.serial(), sad,
                List.of(hashes.get(0)), "1.2.156.10197.1.401", P256)))
                .isInstanceOf(CscException.class).hasMessageContaining("hashAlgorithmOID");
        assertThatThrownBy(() -> sign(caller, credential, sad, List.of("not Base64!")))
                .isInstanceOf(CscException.class).hasMessageContaining("hashes");
        List<String> tooMany = new ArrayList<>(hashes);
        for (int i = tooMany.size(); i <= Authorizations.MAX_HASHES; i++) {
            tooMany.add(SigningPinTests.sha256("页" + i));
        }
        assertThatThrownBy(() -> sign(caller, credential, sad, tooMany))
                .isInstanceOf(CscException.class).hasMessageContaining("not covered");

        // two of the three, in the order asked: each signature verifies on its document with the certificate
        List<String> signatures = sign(caller, credential, sad, List.of(hashes.get(2), hashes.get(0)));
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                .generateCertificate(new ByteArrayInputStream(credentials.get(caller, credential.serial()).der()));
        assertThat(verifies(cert, documents.get(2), signatures.get(0))).isTrue();
        assertThat(verifies(cert, documents.get(0), signatures.get(1))).isTrue();
        assertThat(verifies(cert, documents.get(0), signatures.get(0))).isFalse();

        // used up: the hash it still covers is refused, and so is a repeat
        assertThatThrownBy(() -> sign(caller, credential, sad, List.of(hashes.get(1))))
                .isInstanceOf(CscException.class).hasMessageContaining("already used");
        assertThatThrownBy(() -> sign(caller, credential, sad, List.of(hashes.get(2), hashes.get(0))))
                .isInstanceOf(CscException.class).hasMessageContaining("already used");

        // one entry for the call, naming the two hashes it signed in the order asked; none for the refusals
        assertThat(jdbc.queryForList("SELECT hashes FROM signing_log WHERE serial = ? AND result = 'SIGNED' "
                + "AND caller = ? AND caller_name = ? AND description = ? AND hash_algorithm = ?", String.class,
                credential.serial(), caller.actor(), client.name(), "三页标书", SigningPinTests.SHA256))
                .containsExactly(hashes.get(2) + " " + hashes.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signing_log WHERE serial = ?", Integer.class,
                credential.serial())).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT payload FROM signing_webhook WHERE client_id = ?", String.class,
                client.clientId().toString())).singleElement().asString().contains("三页标书")
                .contains(hashes.get(2)).contains(credential.serial());
    }

    @Test
    void oneSadNamesUpToTheMostHashesAndOneCallSignsThemAllInOrderAsOneLogEntry() throws Exception {
        CloudHolders.Credential credential = holders.issue(holders.register(), "EC_P256");
        SigningCaller caller = withoutWebhook(partner("发票批量签署"));
        List<String> documents = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i <= Authorizations.MAX_HASHES; i++) {
            documents.add("发票 " + i);
            hashes.add(SigningPinTests.sha256("发票 " + i));
        }
        // one more than the most is refused when authorized, naming the field
        assertThatThrownBy(() -> authorizations.authorize(caller, new Authorizations.Request(credential.serial(),
                hashes.size(), hashes, SigningPinTests.SHA256, "发票"), credential.pin()))
                .isInstanceOf(CscException.class).hasMessageContaining("hashes");
        List<String> most = hashes.subList(0, Authorizations.MAX_HASHES);
        String sad = authorizations.authorize(caller, new Authorizations.Request(credential.serial(), most.size(),
                most, SigningPinTests.SHA256, "发票"), credential.pin()).sad();

        List<String> signatures = sign(caller, credential, sad, most);

        assertThat(signatures).hasSize(Authorizations.MAX_HASHES);
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                .generateCertificate(new ByteArrayInputStream(credentials.get(caller, credential.serial()).der()));
        for (int i : new int[] {0, 1, Authorizations.MAX_HASHES / 2, Authorizations.MAX_HASHES - 1}) {
            assertThat(verifies(cert, documents.get(i), signatures.get(i))).as("signature " + i).isTrue();
        }
        assertThat(jdbc.queryForList("SELECT hashes FROM signing_log WHERE serial = ?", String.class,
                credential.serial())).containsExactly(String.join(" ", most));
    }

    @Test
    void ofTwoCallsRacingWithOneSadExactlyOneSignsAndOnlyItsSignaturesAreLogged() throws Exception {
        CloudHolders.Credential credential = holders.issue(holders.register(), "EC_P256");
        PartnerClients.NewClient client = partner("并发签署平台");
        SigningCaller caller = withoutWebhook(client);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int rounds = 5;
        try {
            for (int round = 0; round < rounds; round++) {
                List<String> hashes = List.of(SigningPinTests.sha256("并发" + round + "甲"),
                        SigningPinTests.sha256("并发" + round + "乙"));
                String sad = authorizations.authorize(caller, new Authorizations.Request(credential.serial(), 2,
                        hashes, SigningPinTests.SHA256, "并发"), credential.pin()).sad();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<List<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    calls.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return sign(caller, credential, sad, hashes);
                    }));
                }
                int signed = 0;
                int refused = 0;
                for (Future<List<String>> call : calls) {
                    try {
                        assertThat(call.get(60, TimeUnit.SECONDS)).hasSize(2);
                        signed++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(CscException.class)
                                .hasMessageContaining("already used");
                        refused++;
                    }
                }
                assertThat(signed).as("round " + round).isEqualTo(1);
                assertThat(refused).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        // one entry per round: the winner's, with both its hashes
        assertThat(jdbc.queryForList("SELECT hashes FROM signing_log WHERE serial = ?", String.class,
                credential.serial())).hasSize(rounds).allSatisfy(h -> assertThat(h.split(" ")).hasSize(2));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signing_authorization WHERE LOWER(serial) = LOWER(?) "
                + "AND used_at IS NOT NULL", Integer.class, credential.serial())).isEqualTo(rounds);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signing_webhook WHERE client_id = ?", Integer.class,
                client.clientId().toString())).isZero();
    }

    private List<String> sign(SigningCaller caller, CloudHolders.Credential credential, String sad,
            List<String> hashes) {
        return signing.sign(caller, new HashSigning.Request(credential.serial(), sad, hashes,
                SigningPinTests.SHA256, P256));
    }

    private PartnerClients.NewClient partner(String name) {
        return partners.create(CloudHolders.CHANNEL, name, List.of("signing"), 600, "staff:test");
    }

    /** The caller as the token's check of a client without a webhook makes it. */
    private static SigningCaller withoutWebhook(PartnerClients.NewClient client) {
        return SigningCaller.partner(client.clientId().toString(), CloudHolders.CHANNEL, client.name(), false);
    }

    private static boolean verifies(X509Certificate cert, String document, String signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(document.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }
}
