package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.signing.domain.PartnerWebhooks;
import com.certhall.support.Eventually;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.TestClock;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Partner clients' rate limits and webhooks as a partner meets them (docs/signing.md): past its requests per minute a
 * client gets 429 with Retry-After while another client goes on; a signature it asked for is called back to its
 * webhook with an HMAC signature the partner can check, and a partner that fails is called again after a doubling
 * back-off; a move of an order of the channel is called back to the clients that may read orders.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class PartnerLimitsAndWebhooksTests extends CloudSigningTestBase {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    OrderManagement orders;
    @Autowired
    TestClock clock;
    @Autowired
    PartnerWebhooks webhooks;

    @Test
    void aClientPastItsRateGets429WithRetryAfterAndAnotherClientGoesOn() {
        String admin = CscClient.admin(accounts);
        ResponseEntity<Map> tooFast = accounts.call(HttpMethod.POST, "/api/v1/admin/partner-clients", admin,
                Map.of("channelCode", CloudHolders.CHANNEL, "name", "限速平台", "ratePerMinute", 0));
        assertThat(tooFast.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map>) tooFast.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("ratePerMinute");
        CscClient slow = client(accounts, admin, "限速平台", 3);
        CscClient other = client(accounts, admin, "另一平台", 3);
        Map<String, Object> list = Map.of("userID", "13800000000");
        clock.freeze();
        for (int i = 0; i < 3; i++) {
            assertThat(slow.post("credentials/list", list).getStatusCode().value()).isEqualTo(200);
        }
        ResponseEntity<Map> limited = slow.post("credentials/list", list);
        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getBody()).containsEntry("error", "rate_limited");
        assertThat(Long.parseLong(limited.getHeaders().getFirst("Retry-After"))).isBetween(1L, 20L);
        assertThat(other.post("credentials/list", list).getStatusCode().value()).isEqualTo(200);
        // three a minute: one more 20 s later
        clock.advance(Duration.ofSeconds(21));
        assertThat(slow.post("credentials/list", list).getStatusCode().value()).isEqualTo(200);
        assertThat(slow.post("credentials/list", list).getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void aSignatureIsCalledBackSignedAndAFailingPartnerIsRetriedWithBackOff() throws Exception {
        List<String[]> received = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(2);
        HttpServer partnerSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partnerSite.createContext("/hooks/certhall", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {exchange.getRequestHeaders().getFirst("X-CertHall-Signature"), body,
                    exchange.getRequestHeaders().getFirst("X-CertHall-Event")});
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 204, -1);
            exchange.close();
        });
        partnerSite.start();
        try {
            String admin = CscClient.admin(accounts);
            CloudHolders.Holder holder = holders.register();
            CloudHolders.Credential credential = holders.issue(holder, "EC_P256");
            Map created = CscClient.register(accounts, admin, Map.of("channelCode", CloudHolders.CHANNEL, "name",
                    "回调平台"));
            String clientId = (String) created.get("clientId");
            ResponseEntity<Map> badUrl = accounts.call(HttpMethod.PUT, "/api/v1/admin/partner-clients/" + clientId
                    + "/webhook", admin, Map.of("url", "ftp://example"));
            assertThat((List<Map>) badUrl.getBody().get("errors")).extracting(e -> e.get("field"))
                    .containsExactly("url");
            String url = "http://127.0.0.1:" + partnerSite.getAddress().getPort() + "/hooks/certhall";
            Map hook = accounts.call(HttpMethod.PUT, "/api/v1/admin/partner-clients/" + clientId + "/webhook",
                    admin, Map.of("url", url)).getBody();
            String secret = (String) hook.get("signingSecret");
            assertThat(secret).hasSizeGreaterThan(40);
            CscClient partner = CscClient.partner(http, clientId, (String) created.get("clientSecret"));

            // frozen before the signature: the call is due at the signature's instant, the back-off counts from it
            clock.freeze();
            String hash = SigningPinTests.sha256("开标一览表");
            Map sad = partner.ok("credentials/authorize", SigningPinTests.authorize(credential.serial(),
                    List.of(hash), CloudHolders.PIN));
            partner.ok("signatures/signHash", Map.of("credentialID", credential.serial(), "SAD", sad.get("SAD"),
                    "hashes", List.of(hash), "hashAlgorithmOID", SigningPinTests.SHA256,
                    "signAlgo", "1.2.840.10045.4.3.2"));

            webhooks.deliverDue(50);
            assertThat(received).hasSize(1);
            List<Map> deliveries = (List<Map>) accounts.call(HttpMethod.GET, "/api/v1/admin/partner-clients/"
                    + clientId + "/webhook/deliveries", admin, null).getBody().get("deliveries");
            assertThat(deliveries).singleElement().satisfies(d -> assertThat(d).containsEntry("status", "PENDING")
                    .containsEntry("attempts", 1).containsEntry("lastError", "HTTP 503"));
            // not due before the back-off: 30 s after the first failure, then 60 s after the second
            webhooks.deliverDue(50);
            assertThat(received).hasSize(1);
            clock.advance(Duration.ofSeconds(30));
            webhooks.deliverDue(50);
            assertThat(received).hasSize(2);
            clock.advance(Duration.ofSeconds(59));
            webhooks.deliverDue(50);
            assertThat(received).hasSize(2);
            clock.advance(Duration.ofSeconds(1));
            webhooks.deliverDue(50);
            assertThat(received).hasSize(3);
            assertThat((List<Map>) accounts.call(HttpMethod.GET, "/api/v1/admin/partner-clients/" + clientId
                    + "/webhook/deliveries", admin, null).getBody().get("deliveries")).singleElement()
                    .satisfies(d -> assertThat(d).containsEntry("status", "DELIVERED").containsEntry("attempts", 3));

            // the partner checks the signature with its secret, as docs/signing.md says
            String[] last = received.get(2);
            long t = Long.parseLong(last[0].substring(2, last[0].indexOf(',')));
            assertThat(last[0]).isEqualTo(PartnerWebhooks.signatureHeader(secret, t, last[1]));
            assertThat(last[0]).isNotEqualTo(PartnerWebhooks.signatureHeader("another-secret", t, last[1]));
            assertThat(last[2]).isEqualTo("signature.completed");
            assertThat(last[1]).contains("\"credentialID\":\"" + credential.serial() + "\"").contains(hash);

            // none of the signing secrets rests in clear: the partner's client secret, the webhook secret, the SAD
            // and the holder's signing PIN (docs/security.md "Secrets")
            assertThat(com.certhall.support.StoredSecrets.find(jdbc, Map.of(
                    "partner client secret", (String) created.get("clientSecret"),
                    "webhook signing secret", secret,
                    "signature activation data", (String) sad.get("SAD"),
                    "signing PIN", CloudHolders.PIN))).as("signing secrets stored in clear").isEmpty();
        } finally {
            partnerSite.stop(0);
        }
    }

    @Test
    void aMoveOfAnOrderIsCalledBackOnlyToTheChannelsClientsThatMayReadOrders() {
        String admin = CscClient.admin(accounts);
        String reader = hooked(accounts, admin, CloudHolders.CHANNEL, List.of("signing", "orders:read"));
        String signer = hooked(accounts, admin, CloudHolders.CHANNEL, List.of("signing"));
        String elsewhere = hooked(accounts, admin, "plateau-trade", List.of("orders:read"));
        FacadeOrders fixture = Orders.anOrder().forAccount(java.util.UUID.randomUUID())
                .forChannel(CloudHolders.CHANNEL).through(orders);
        OrderView order = fixture.approvedOnPaper(fixture.organizationDraft("回调科技有限公司", Identities.uscc(),
                AccountsTestSupport.newMobile(), "org-cloud", "EC_P256"));

        List<String> payloads = Eventually.await("order webhooks", java.time.Duration.ofSeconds(30),
                () -> jdbc.queryForList("SELECT payload FROM signing_webhook WHERE client_id = ? "
                        + "AND event = 'order.status_changed'", String.class, reader),
                l -> l.stream().anyMatch(p -> p.contains("\"to\":\"APPROVED\"")));
        // one call per move of this order, naming the order and the move, no personal data
        assertThat(payloads).filteredOn(p -> p.contains("\"orderNumber\":\"" + order.number() + "\""))
                .anyMatch(p -> p.contains("\"to\":\"APPROVED\""))
                .allMatch(p -> p.contains("\"event\":\"order.status_changed\"")
                        && p.contains("\"channel\":\"" + CloudHolders.CHANNEL + "\"") && !p.contains("回调科技"));
        for (String other : List.of(signer, elsewhere)) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signing_webhook WHERE client_id = ? "
                    + "AND payload LIKE ?", Long.class, other, "%" + order.number() + "%")).isZero();
        }
        // the calls are staff's to see, as every webhook call
        assertThat((List<Map>) accounts.call(HttpMethod.GET, "/api/v1/admin/partner-clients/" + reader
                + "/webhook/deliveries", admin, null).getBody().get("deliveries"))
                .anySatisfy(d -> assertThat(d).containsEntry("event", "order.status_changed"));
    }

    /** A client of {@code channel} with {@code scopes} and a webhook; its id. */
    private static String hooked(AccountsClient accounts, String admin, String channel, List<String> scopes) {
        String clientId = (String) CscClient.register(accounts, admin, Map.of("channelCode", channel, "name",
                "订单回调平台", "scopes", scopes)).get("clientId");
        assertThat(accounts.call(HttpMethod.PUT, "/api/v1/admin/partner-clients/" + clientId + "/webhook", admin,
                Map.of("url", "http://127.0.0.1:9/hooks")).getStatusCode().value()).isEqualTo(200);
        return clientId;
    }

    private static CscClient client(AccountsClient accounts, String admin, String name, int perMinute) {
        return CscClient.registered(accounts, admin, Map.of("channelCode", CloudHolders.CHANNEL, "name", name,
                "ratePerMinute", perMinute));
    }
}
