package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.pki.ca.Crypto;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lean path of {@code signatures/signHash} (docs/signing.md, "Speed"): a plain call is answered as the whole
 * chain answers it — same status, headers and error bodies — without passing through it; what it does not answer (a
 * body the strict reader refuses, an unknown token, a spent rate limit) the chain answers with the body replayed, and
 * the lean calls count against the partner's rate limit like any other.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class LeanSignHashTests extends CloudSigningTestBase {

    private static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    private static final String ECDSA_SHA256 = "1.2.840.10045.4.3.2";
    /** Headers of the connection or the moment, not of the answer. */
    private static final Set<String> TRANSPORT = Set.of("date", "keep-alive", "connection", "content-length",
            "transfer-encoding");

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ObjectMapper json;

    final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aPlainCallIsAnsweredAsTheWholeChainAnswersItWithoutPassingThroughIt() throws Exception {
        CloudHolders.Holder holder = holders.register();
        CloudHolders.Credential credential = holders.issue(holder, "EC_P256");
        CscClient partner = CscClient.registered(accounts, CloudHolders.CHANNEL, "精简路径平台");
        X509Certificate cert = certificate(partner, credential);

        Map<String, HttpResponse<String>> signed = new TreeMap<>();
        long timed = timedAnswers();
        for (String path : List.of("", "?through=chain")) {
            byte[] document = ("投标文件" + path).getBytes(StandardCharsets.UTF_8);
            String hash = b64(MessageDigest.getInstance("SHA-256").digest(document));
            Map call = signHash(credential, authorize(partner, credential, hash), hash);
            HttpResponse<String> answer = post(path, partner.token(), json.writeValueAsString(call));
            signed.put(path, answer);
            assertThat(answer.statusCode()).as(path + answer.body()).isEqualTo(200);
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(cert.getPublicKey());
            verifier.update(document);
            assertThat(verifier.verify(Base64.getDecoder().decode(json.readTree(answer.body()).get("signatures")
                    .get(0).asText()))).as(path).isTrue();

            // the SAD is used up: the same CSC refusal on both paths
            HttpResponse<String> lean = post("", partner.token(), json.writeValueAsString(call));
            HttpResponse<String> whole = post("?through=chain", partner.token(), json.writeValueAsString(call));
            assertThat(lean.statusCode()).isEqualTo(400).isEqualTo(whole.statusCode());
            assertThat(json.readTree(lean.body())).isEqualTo(json.readTree(whole.body()));
            assertThat(json.readTree(lean.body()).get("error").asText()).isEqualTo("invalid_request");
            assertThat(headers(lean)).isEqualTo(headers(whole));
        }
        // of the two signatures only the chain's was timed as an MVC request
        Eventually.await("timed", Duration.ofSeconds(10), this::timedAnswers, n -> n == timed + 1);
        assertThat(headers(signed.get(""))).isEqualTo(headers(signed.get("?through=chain")))
                .containsEntry("content-type", "[application/json]")
                .containsEntry("x-content-type-options", "[nosniff]").containsEntry("x-frame-options", "[DENY]");

        // the holder's own token signs on the lean path too
        String hash = b64(MessageDigest.getInstance("SHA-256").digest("本人签署".getBytes(StandardCharsets.UTF_8)));
        CscClient own = new CscClient(http, holder.token());
        HttpResponse<String> mine = post("", holder.token(), json.writeValueAsString(signHash(credential,
                authorize(own, credential, hash), hash)));
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(json.readTree(mine.body()).get("signatures")).hasSize(1);
        assertThat(timedAnswers()).isEqualTo(timed + 1);
    }

    @Test
    void whatTheLeanPathLeavesTheChainAnswersWithTheBodyReplayedAndLeanCallsCountAgainstTheRateLimit()
            throws Exception {
        CloudHolders.Holder holder = holders.register();
        CloudHolders.Credential credential = holders.issue(holder, "EC_P256");
        CscClient partner = CscClient.registered(accounts, CscClient.admin(accounts), Map.of("channelCode",
                CloudHolders.CHANNEL, "name", "限速精简平台", "ratePerMinute", 3));
        // a budget of 3 CSC calls a minute: the authorize is the first
        String hash = b64(MessageDigest.getInstance("SHA-256").digest("限速".getBytes(StandardCharsets.UTF_8)));
        Map call = signHash(credential, authorize(partner, credential, hash), hash);

        // a body the strict reader refuses: the chain reads the replayed body and names the field (the second)
        String wrongType = json.writeValueAsString(Map.of("credentialID", credential.serial(), "SAD", call.get("SAD"),
                "hashes", 7, "signAlgo", ECDSA_SHA256));
        HttpResponse<String> refused = post("", partner.token(), wrongType);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("error_description").asText()).contains("hashes");
        // an unknown token: the chain's 401 with its challenge (no budget of any client)
        HttpResponse<String> stranger = post("", "not-a-token", json.writeValueAsString(call));
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
                assertThat(v).contains("invalid_token"));
        assertThat(json.readTree(stranger.body()).get("error").asText()).isEqualTo("invalid_token");

        // the lean call signs (the third) and the next is refused by the chain's limit
        assertThat(post("", partner.token(), json.writeValueAsString(call)).statusCode()).isEqualTo(200);
        HttpResponse<String> limited = post("", partner.token(), json.writeValueAsString(call));
        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(limited.body()).get("error").asText()).isEqualTo("rate_limited");
    }

    private String authorize(CscClient caller, CloudHolders.Credential credential, String hash) {
        return (String) caller.ok("credentials/authorize", Map.of("credentialID", credential.serial(),
                "numSignatures", 1, "hashes", List.of(hash), "hashAlgorithmOID", SHA256, "description", "精简路径",
                "authData", List.of(Map.of("id", "PIN", "value", credential.pin())))).get("SAD");
    }

    private static Map<String, Object> signHash(CloudHolders.Credential credential, String sad, String hash) {
        return Map.of("credentialID", credential.serial(), "SAD", sad, "hashes", List.of(hash), "hashAlgorithmOID",
                SHA256, "signAlgo", ECDSA_SHA256);
    }

    private X509Certificate certificate(CscClient partner, CloudHolders.Credential credential) throws Exception {
        Map info = partner.ok("credentials/info", Map.of("credentialID", credential.serial(), "certificates",
                "single"));
        String der = ((List<String>) ((Map) info.get("cert")).get("certificates")).get(0);
        return (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(der)));
    }

    private HttpResponse<String> post(String query, String token, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/csc/v2/signatures/signHash" + query))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signatures answered through Spring MVC (a refusal's status is not 200). */
    private long timedAnswers() {
        Timer timer = meters.find("http.server.requests").tag("uri", "/csc/v2/signatures/signHash")
                .tag("status", "200").timer();
        return timer == null ? 0 : timer.count();
    }

    private static Map<String, String> headers(HttpResponse<String> response) {
        Map<String, String> kept = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!TRANSPORT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                kept.put(name.toLowerCase(java.util.Locale.ROOT), values.toString());
            }
        });
        return kept;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
