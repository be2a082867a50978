package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.orders.OrderManagement;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Partner clients' OAuth 2.0 client credentials from Spring Authorization Server as a partner meets them
 * (docs/signing.md, "Who may call"): a rotated or revoked client's secret and tokens stop at once, a token without
 * the scope {@code signing} is refused by the CSC API with RFC 6750's {@code insufficient_scope}, an expired token
 * is refused, another channel's partner cannot start scan-to-sign for this channel's holder, and the server's
 * introspection (RFC 7662) and revocation (RFC 7009) work on the same tokens.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class PartnerOAuthTests extends CloudSigningTestBase {

    /** A partner names the holder by mobile; an unknown one lists nothing, but the call is allowed. */
    static final Map<String, Object> LIST = Map.of("userID", "13800000000");

    @Autowired
    OrderManagement orders;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRotatedSecretAndARevokedClientAreRefusedAndTheirTokensStopAtOnce() {
        String admin = CscClient.admin(accounts);
        Map client = create(accounts, admin, CloudHolders.CHANNEL, List.of("signing"));
        String id = (String) client.get("clientId");
        String first = (String) client.get("clientSecret");
        CscClient before = CscClient.partner(http, id, first);
        assertThat(before.post("credentials/list", LIST).getStatusCode().value()).isEqualTo(200);
        // the secret is kept as its hash only
        assertThat(jdbc.queryForObject("SELECT secret_hash FROM signing_partner_client WHERE client_id = ?",
                String.class, id)).doesNotContain(first).hasSize(64);

        ResponseEntity<Map> rotated = accounts.call(HttpMethod.POST, "/api/v1/admin/partner-clients/" + id
                + "/secret", admin, null);
        String second = (String) rotated.getBody().get("clientSecret");
        ResponseEntity<Map> old = CscClient.token(http, id, first);
        assertThat(old.getStatusCode().value()).isEqualTo(401);
        assertThat(old.getBody()).containsEntry("error", "invalid_client");
        ResponseEntity<Map> stale = before.post("credentials/list", LIST);
        assertThat(stale.getStatusCode().value()).isEqualTo(401);
        assertThat(stale.getBody()).containsEntry("error", "invalid_token");
        CscClient after = CscClient.partner(http, id, second);
        assertThat(after.post("credentials/list", LIST).getStatusCode().value()).isEqualTo(200);

        accounts.call(HttpMethod.DELETE, "/api/v1/admin/partner-clients/" + id, admin, null);
        assertThat(CscClient.token(http, id, second).getBody()).containsEntry("error", "invalid_client");
        assertThat(after.post("credentials/list", LIST).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutScopeSigningIsRefusedWithInsufficientScopeAndNoScopeAsksForTheClientsScopes() {
        String admin = CscClient.admin(accounts);
        Map reader = create(accounts, admin, CloudHolders.CHANNEL, List.of("orders:read"));
        String id = (String) reader.get("clientId");
        String secret = (String) reader.get("clientSecret");
        // a scope the client does not hold is not granted
        ResponseEntity<Map> signing = token(id, secret, "signing");
        assertThat(signing.getStatusCode().value()).isEqualTo(400);
        assertThat(signing.getBody()).containsEntry("error", "invalid_scope");
        ResponseEntity<Map> orders = token(id, secret, "orders:read");
        assertThat(orders.getBody()).containsEntry("scope", "orders:read");
        ResponseEntity<Map> refused = new CscClient(http, (String) orders.getBody().get("access_token"))
                .post("credentials/list", LIST);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).containsEntry("error", "insufficient_scope");
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .contains("insufficient_scope").contains("scope=\"signing\"");

        // a client with both scopes that asks for orders:read only cannot sign with that token
        Map both = create(accounts, admin, CloudHolders.CHANNEL, List.of("signing", "orders:read"));
        String bothId = (String) both.get("clientId");
        String bothSecret = (String) both.get("clientSecret");
        ResponseEntity<Map> narrow = token(bothId, bothSecret, "orders:read");
        assertThat(new CscClient(http, (String) narrow.getBody().get("access_token"))
                .post("credentials/list", LIST).getStatusCode().value()).isEqualTo(403);
        // no scope asked: the client's scopes (RFC 6749 §3.3), and the token signs
        ResponseEntity<Map> all = token(bothId, bothSecret, null);
        assertThat(all.getStatusCode().value()).as("%s", all.getBody()).isEqualTo(200);
        assertThat(((String) all.getBody().get("scope")).split(" ")).containsExactlyInAnyOrder("signing",
                "orders:read");
        assertThat(new CscClient(http, (String) all.getBody().get("access_token"))
                .post("credentials/list", LIST).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefusedAndTheServerIntrospectsAndRevokesItsTokens() {
        String admin = CscClient.admin(accounts);
        Map client = create(accounts, admin, CloudHolders.CHANNEL, List.of("signing"));
        String id = (String) client.get("clientId");
        String secret = (String) client.get("clientSecret");
        ResponseEntity<Map> issued = token(id, secret, "signing");
        // the server counts the seconds left when it answers
        assertThat(((Number) issued.getBody().get("expires_in")).longValue()).isBetween(3590L, 3600L);
        String token = (String) issued.getBody().get("access_token");
        CscClient partner = new CscClient(http, token);

        Map active = form("/oauth2/introspect", id, secret, Map.of("token", token)).getBody();
        assertThat(active).containsEntry("active", true).containsEntry("client_id", id)
                .containsEntry("channel", CloudHolders.CHANNEL);
        assertThat(form("/oauth2/introspect", id, secret, Map.of("token", "not-a-token")).getBody())
                .containsEntry("active", false);

        clock.advance(Duration.ofMinutes(59));
        assertThat(partner.post("credentials/list", LIST).getStatusCode().value()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        ResponseEntity<Map> expired = partner.post("credentials/list", LIST);
        assertThat(expired.getStatusCode().value()).isEqualTo(401);
        assertThat(expired.getBody()).containsEntry("error", "invalid_token");

        // a fresh token, revoked by its client (RFC 7009): refused at once
        CscClient fresh = CscClient.partner(http, id, secret);
        assertThat(fresh.post("credentials/list", LIST).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> revoked = form("/oauth2/revoke", id, secret, Map.of("token", fresh.token()));
        assertThat(revoked.getStatusCode().value()).isEqualTo(200);
        assertThat(fresh.post("credentials/list", LIST).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void anotherChannelsPartnerCannotStartScanToSignForThisChannelsHolder() {
        String admin = CscClient.admin(accounts);
        CloudHolders.Credential credential = holders.issue(holders.register(), "EC_P256");
        Map stranger = create(accounts, admin, "plateau-trade", List.of("signing"));
        CscClient partner = CscClient.partner(http, (String) stranger.get("clientId"),
                (String) stranger.get("clientSecret"));
        int handles = jdbc.queryForObject("SELECT COUNT(*) FROM signing_authorization WHERE serial = ?",
                Integer.class, credential.serial());

        ResponseEntity<Map> started = partner.post("credentials/authorize", Map.of("credentialID",
                credential.serial(), "numSignatures", 1, "hashes", List.of(Base64.getEncoder()
                        .encodeToString(new byte[32])), "hashAlgorithmOID", SigningPinTests.SHA256,
                "description", "跨渠道扫码签名"));
        assertThat(started.getStatusCode().value()).isEqualTo(400);
        assertThat(started.getBody()).containsEntry("error", "invalid_request")
                .containsEntry("error_description", "Invalid parameter credentialID")
                .doesNotContainKey("handle");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signing_authorization WHERE serial = ?",
                Integer.class, credential.serial())).isEqualTo(handles);
        // this channel's partner may
        Map own = create(accounts, admin, CloudHolders.CHANNEL, List.of("signing"));
        ResponseEntity<Map> ownStart = CscClient.partner(http, (String) own.get("clientId"),
                (String) own.get("clientSecret")).post("credentials/authorize", Map.of("credentialID",
                credential.serial(), "numSignatures", 1, "hashes", List.of(Base64.getEncoder()
                        .encodeToString(new byte[32])), "hashAlgorithmOID", SigningPinTests.SHA256));
        assertThat(ownStart.getStatusCode().value()).isEqualTo(202);
    }

    private static Map create(AccountsClient accounts, String admin, String channel, List<String> scopes) {
        return CscClient.register(accounts, admin, Map.of("channelCode", channel, "name", "合作平台（OAuth）",
                "scopes", scopes));
    }

    private ResponseEntity<Map> token(String id, String secret, String scope) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("grant_type", "client_credentials");
        if (scope != null) {
            body.add("scope", scope);
        }
        return post("/oauth2/token", id, secret, body);
    }

    private ResponseEntity<Map> form(String path, String id, String secret, Map<String, String> fields) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        fields.forEach(body::add);
        return post(path, id, secret, body);
    }

    private ResponseEntity<Map> post(String path, String id, String secret, MultiValueMap<String, String> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setBasicAuth(id, secret);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }
}
