package com.certhall.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.orders.FacadeOrders;
import com.certhall.orders.Identities;
import com.certhall.orders.OrderCommands;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderView;
import com.certhall.orders.Orders;
import com.certhall.orders.SubjectForm;
import com.certhall.orders.SubjectType;
import com.certhall.support.KnownPortIntegrationTest;
import com.certhall.support.OrderApi;
import com.certhall.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The partner orders API as a partner platform calls it (docs/api.md, "Partner orders"): a client-credentials token
 * from the authorization server with the scope {@code orders:read} reads its own channel's orders, newest first,
 * paged and filtered; another channel's order is 404, a token without the scope 403, no token 401, bad parameters
 * 400 naming the field, and the client's rate limit applies.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@KnownPortIntegrationTest
class PartnerOrdersApiTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    OrderManagement orders;
    @Autowired
    TestClock clock;

    @Test
    void aPartnerWithOrdersReadSeesItsChannelsOrdersNewestFirstFilteredAndMasked() {
        FacadeOrders firms = Orders.anOrder().forChannel(CloudHolders.CHANNEL).through(orders);
        OrderId first = firms.organizationDraft("读单科技有限公司", Identities.uscc(), "13900139011", "org-cloud",
                "SM2");
        Instant since = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        OrderView person = Orders.anOrder().forChannel(CloudHolders.CHANNEL).ofSubject(SubjectType.PERSON)
                .through(orders).draft();
        orders.saveSubject(new OrderCommands.SaveSubject(person.id(), person.accountId(), new SubjectForm(null, null,
                null, new SubjectForm.PartyForm("欧阳明月", "RESIDENT_ID", Identities.residentId(), "13900139012",
                        "ouyang@example.com", "北京市海淀区中关村大街 1 号", null))));
        clock.advance(Duration.ofSeconds(1));
        OrderId paper = firms.organizationDraft("纸质读单有限公司", Identities.uscc(), "13900139013", "org-cloud",
                "EC_P256");
        firms.submittedOnPaper(paper);
        OrderView elsewhere = Orders.anOrder().forChannel("plateau-trade").through(orders).draft();
        String token = token(client(List.of("orders:read"), 120), "orders:read");

        ResponseEntity<Map> all = get("/api/v1/partner/orders?size=100", token);
        assertThat(all.getStatusCode().value()).as("%s", all.getBody()).isEqualTo(200);
        List<Map> items = (List<Map>) all.getBody().get("items");
        assertThat(items).extracting(i -> i.get("channelCode")).containsOnly(CloudHolders.CHANNEL);
        assertThat(items).extracting(i -> i.get("id")).doesNotContain(elsewhere.id().id().toString());
        // newest first: the three made last lead the list
        assertThat(items.subList(0, 3)).extracting(i -> i.get("id")).containsExactly(paper.id().toString(),
                person.id().id().toString(), first.id().toString());
        assertThat(items.get(0)).containsEntry("status", "AWAITING_PAPER").containsEntry("subjectType",
                "ORGANIZATION").containsEntry("subjectName", "纸质读单有限公司")
                .containsEntry("productCodes", List.of("org-cloud"))
                .containsKeys("number", "createdAt", "updatedAt").doesNotContainKey("accountId");
        // an individual's name is masked as the rest of the application masks it
        assertThat(items.get(1)).containsEntry("subjectType", "PERSON").containsEntry("subjectName", "欧***")
                .containsEntry("status", "DRAFT");
        assertThat(((Number) all.getBody().get("total")).longValue()).isGreaterThanOrEqualTo(3);

        ResponseEntity<Map> second = get("/api/v1/partner/orders?page=1&size=1", token);
        assertThat((List<Map>) second.getBody().get("items")).extracting(i -> i.get("id"))
                .containsExactly(person.id().id().toString());
        assertThat(second.getBody()).containsEntry("page", 1).containsEntry("size", 1);

        String after = since.atOffset(ZoneOffset.ofHours(8)).toString();
        ResponseEntity<Map> changed = get("/api/v1/partner/orders?updatedSince=" + after.replace("+", "%2B"),
                token);
        assertThat((List<Map>) changed.getBody().get("items")).extracting(i -> i.get("id"))
                .containsExactly(paper.id().toString(), person.id().id().toString());
        ResponseEntity<Map> waiting = get("/api/v1/partner/orders?status=AWAITING_PAPER&updatedSince="
                + since.toString(), token);
        assertThat((List<Map>) waiting.getBody().get("items")).extracting(i -> i.get("id"))
                .containsExactly(paper.id().toString());

        ResponseEntity<Map> one = get("/api/v1/partner/orders/" + first.id(), token);
        assertThat(one.getStatusCode().value()).isEqualTo(200);
        assertThat(one.getBody()).containsEntry("id", first.id().toString())
                .containsEntry("subjectName", "读单科技有限公司").containsEntry("status", "DRAFT");
        // another channel's order is answered as one that does not exist
        ResponseEntity<Map> foreign = get("/api/v1/partner/orders/" + elsewhere.id().id(), token);
        assertThat(foreign.getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/v1/partner/orders/" + UUID.randomUUID(), token).getStatusCode().value())
                .isEqualTo(404);
        assertThat(get("/api/v1/partner/orders/not-an-id", token).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void withoutTheScopeWithoutATokenOrWithBadParametersThePartnerIsRefused() {
        String signingOnly = token(client(List.of("signing"), 120), "signing");
        ResponseEntity<Map> scopeless = get("/api/v1/partner/orders", signingOnly);
        assertThat(scopeless.getStatusCode().value()).isEqualTo(403);
        assertThat(scopeless.getBody()).containsEntry("error", "insufficient_scope");
        assertThat(scopeless.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .contains("error=\"insufficient_scope\"").contains("scope=\"orders:read\"");
        assertThat(get("/api/v1/partner/orders/" + UUID.randomUUID(), signingOnly).getStatusCode().value())
                .isEqualTo(403);

        ResponseEntity<Map> anonymous = get("/api/v1/partner/orders", null);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        ResponseEntity<Map> forged = get("/api/v1/partner/orders", "not-a-token");
        assertThat(forged.getStatusCode().value()).isEqualTo(401);
        assertThat(forged.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
        // the application's own API tokens (here staff's) are not a partner's
        String staff = new OrderApi(new AccountsClient(http, captchas, recorder), null).staff("admin");
        assertThat(get("/api/v1/partner/orders", staff).getStatusCode().value()).isEqualTo(401);

        String reader = token(client(List.of("orders:read"), 120), "orders:read");
        assertThat(fields(get("/api/v1/partner/orders?size=101", reader))).containsExactly("size");
        assertThat(fields(get("/api/v1/partner/orders?size=0&page=-1", reader))).containsExactlyInAnyOrder("size",
                "page");
        assertThat(fields(get("/api/v1/partner/orders?status=PAID", reader))).containsExactly("status");
        assertThat(fields(get("/api/v1/partner/orders?updatedSince=yesterday", reader)))
                .containsExactly("updatedSince");
    }

    @Test
    void theClientsRateLimitApplies() {
        String token = token(client(List.of("orders:read"), 2), "orders:read");
        assertThat(get("/api/v1/partner/orders?size=1", token).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/v1/partner/orders?size=1", token).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> limited = get("/api/v1/partner/orders?size=1", token);
        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(limited.getHeaders().getContentType().toString()).contains("problem+json");
    }

    private static List<String> fields(ResponseEntity<Map> answer) {
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(400);
        return ((List<Map>) answer.getBody().get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }

    private Map client(List<String> scopes, int ratePerMinute) {
        AccountsClient accounts = new AccountsClient(http, captchas, recorder);
        String admin = CscClient.admin(accounts);
        ResponseEntity<Map> created = accounts.call(HttpMethod.POST, "/api/v1/admin/partner-clients", admin,
                Map.of("channelCode", CloudHolders.CHANNEL, "name", "读单平台", "scopes", scopes, "ratePerMinute",
                        ratePerMinute));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return created.getBody();
    }

    /** The client credentials grant at the token endpoint, client authenticated by HTTP Basic. */
    private String token(Map client, String scope) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setBasicAuth((String) client.get("clientId"), (String) client.get("clientSecret"));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("scope", scope);
        ResponseEntity<Map> answer = http.exchange("/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, headers),
                Map.class);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        return (String) answer.getBody().get("access_token");
    }

    private ResponseEntity<Map> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(java.net.URI.create(http.getRootUri() + path), HttpMethod.GET,
                new HttpEntity<>(headers), Map.class);
    }
}
