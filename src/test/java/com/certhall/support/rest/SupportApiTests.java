package com.certhall.support.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.accounts.AccountsClient;
import com.certhall.accounts.AccountsTestSupport;
import com.certhall.accounts.CaptchaService;
import com.certhall.support.OrderApi;
import com.certhall.support.WebIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Support conversations over the JSON API: only the owner reaches one (another account gets 404), an order is
 * attached only by its owner, staff answers reach the customer, and bad input names its field.
 */
@WebIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class SupportApiTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaptchaService captchas;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    OrderApi alice;
    OrderApi bob;

    @BeforeEach
    void customers() {
        alice = OrderApi.register(new AccountsClient(http, captchas, recorder));
        bob = OrderApi.register(new AccountsClient(http, captchas, recorder));
    }

    @Test
    void anotherAccountCannotReachTheConversation() {
        String id = start(alice, Map.of("text", "证书什么时候寄出？"));
        assertThat(bob.call(HttpMethod.GET, "/api/v1/support/conversations/" + id, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(bob.call(HttpMethod.POST, "/api/v1/support/conversations/" + id + "/messages",
                Map.of("text", "我来插一句")).getStatusCode().value()).isEqualTo(404);
        assertThat(new OrderApi(alice.accounts(), null).call(HttpMethod.GET, "/api/v1/support/conversations/" + id,
                null).getStatusCode().value()).isEqualTo(401);
        assertThat((List<Map>) bob.list("/api/v1/support/conversations").getBody()).isEmpty();
        Map mine = alice.ok(alice.call(HttpMethod.GET, "/api/v1/support/conversations/" + id, null));
        assertThat((List<Map>) mine.get("messages")).extracting(m -> m.get("text"))
                .containsExactly("证书什么时候寄出？");
    }

    @Test
    void theStaffAnswerReachesTheCustomer() {
        String id = start(alice, Map.of("text", "PIN 码没收到"));
        String staff = alice.staff("support");
        ResponseEntity<Map> answered = alice.accounts().call(HttpMethod.POST,
                "/api/v1/admin/support/conversations/" + id + "/messages", staff, Map.of("text", "已为您重新核对，请查看短信。"));
        assertThat(answered.getStatusCode().value()).as(String.valueOf(answered.getBody())).isEqualTo(201);
        assertThat(answered.getBody().get("assignedTo")).isEqualTo("support");

        Map seen = alice.ok(alice.call(HttpMethod.GET, "/api/v1/support/conversations/" + id + "?after=1", null));
        assertThat(seen.get("status")).isEqualTo("ANSWERED");
        assertThat((List<Map>) seen.get("messages")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("from", "STAFF").containsEntry("text", "已为您重新核对，请查看短信。"));

        Map queue = alice.ok(alice.accounts().call(HttpMethod.GET, "/api/v1/admin/support/conversations", staff, null));
        assertThat((Integer) ((Map) queue.get("figures")).get("answered")).isPositive();
        String reviewer = alice.staff("reviewer");
        assertThat(alice.accounts().call(HttpMethod.GET, "/api/v1/admin/support/conversations", reviewer, null)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anOrderIsAttachedOnlyByItsOwner() {
        String order = alice.create("zy-interop", "ORGANIZATION");
        Map started = alice.ok(alice.call(HttpMethod.POST, "/api/v1/support/conversations",
                Map.of("text", "这个订单缺什么材料？", "orderId", order)), 201);
        assertThat(started.get("orderId")).isEqualTo(order);
        assertThat(bob.call(HttpMethod.POST, "/api/v1/support/conversations",
                Map.of("text", "看看别人的订单", "orderId", order)).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void emptyAndOverlongMessagesAreRefusedNamingTheField() {
        for (String text : List.of("  ", "长".repeat(1001))) {
            ResponseEntity<Map> refused = alice.call(HttpMethod.POST, "/api/v1/support/conversations",
                    Map.of("text", text));
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat((List<Map>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                    .containsExactly("text");
        }
        String id = start(alice, Map.of("text", "<script>alert(1)</script>"));
        Map back = alice.ok(alice.call(HttpMethod.GET, "/api/v1/support/conversations/" + id, null));
        // kept as typed; the pages escape it (SupportPagesTests)
        assertThat((List<Map>) back.get("messages")).extracting(m -> m.get("text"))
                .containsExactly("<script>alert(1)</script>");
    }

    private static String start(OrderApi customer, Map<String, Object> body) {
        Map started = customer.ok(customer.call(HttpMethod.POST, "/api/v1/support/conversations", body), 201);
        assertThat(started.get("status")).isEqualTo("WAITING");
        return (String) started.get("id");
    }
}
